package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Every public method of every public service of the application, called as each kind of person:
 * which of them get past the method's access rule. The expected outcome is the table below;
 * a service method that is not in it fails the test, so a new one cannot slip through unseen.
 * Arguments are empty (null, 0, false), so an allowed call ends at its own input checks.
 */
class ServiceAccessMatrixTest extends ServiceTest {

    /** Who may call: A anonymous, C client, K coach, D admin, S the application itself. */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("AccountService.changeMyDetails", "CKD"),
            Map.entry("AccountService.changeMyPassword", "CKD"),
            Map.entry("AccountService.myAccount", "CKD"),
            Map.entry("AccountService.myDetails", "CKD"),
            Map.entry("AccountService.anyAccountExists", "S"),
            Map.entry("AccountService.emailRegistered", "DS"),
            Map.entry("AccountService.createAccount", "DS"),
            Map.entry("AccountAdminService.listAccounts", "D"),
            Map.entry("AccountAdminService.securityLog", "D"),
            Map.entry("AccountAdminService.setEnabled", "D"),
            Map.entry("AppointmentService.book", "K"),
            Map.entry("AppointmentService.choices", "K"),
            Map.entry("AppointmentService.withinMyHours", "K"),
            Map.entry("SeriesService.preview", "K"),
            Map.entry("SeriesService.book", "K"),
            Map.entry("SeriesSessionsService.placeOf", "K"),
            Map.entry("SeriesOfferService.myOffer", "K"),
            Map.entry("SeriesOfferService.offer", "K"),
            Map.entry("ReaderSeriesService.offerFor", "ACKDS"),
            Map.entry("ReaderSeriesService.preview", "ACKDS"),
            Map.entry("ReaderSeriesService.book", "ACKDS"),
            Map.entry("SeriesSessionsService.cancelFrom", "K"),
            Map.entry("SeriesSessionsService.movesFrom", "K"),
            Map.entry("SeriesSessionsService.moveFrom", "K"),
            Map.entry("BackupService.status", "D"),
            Map.entry("CalendarFeedService.feed", "ACKDS"),
            Map.entry("ExternalCalendarService.add", "K"),
            Map.entry("ExternalCalendarService.addCalDav", "K"),
            Map.entry("ExternalCalendarService.myCalendars", "K"),
            Map.entry("ExternalCalendarService.refreshMine", "K"),
            Map.entry("ExternalCalendarService.remove", "K"),
            Map.entry("CalendarFeedService.makeNewAddress", "CK"),
            Map.entry("CalendarFeedService.myAddress", "CK"),
            Map.entry("ClientRecordsService.clientRecord", "K"),
            Map.entry("ClientRecordsService.writeClientRecord", "K"),
            Map.entry("ClientRecordsService.writePracticeArchive", "K"),
            Map.entry("ErasureService.decide", "K"),
            Map.entry("ErasureService.noteRetentionYears", "K"),
            Map.entry("ErasureService.openRequests", "K"),
            Map.entry("ErasureService.setNoteRetentionYears", "K"),
            Map.entry("MyDataService.myData", "C"),
            Map.entry("MyDataService.myErasureRequests", "C"),
            Map.entry("MyDataService.requestErasure", "C"),
            Map.entry("MyDataService.writeMyData", "C"),
            Map.entry("MyDataService.withdrawErasureRequest", "C"),
            Map.entry("BackupService.takeNow", "D"),
            Map.entry("SessionTypeService.bookableSessionTypes", "ACKDS"),
            Map.entry("AvailabilityService.settingsOf", "ACKDS"),
            Map.entry("AvailabilityService.rulesOf", "ACKDS"),
            Map.entry("SessionTypeService.sessionType", "ACKDS"),
            Map.entry("SessionTypeService.offer", "S"),
            Map.entry("AvailabilityService.setRules", "S"),
            Map.entry("BookingService.book", "ACKDS"),
            Map.entry("BookingService.daysWithFreeTimes", "ACKDS"),
            Map.entry("BookingService.freeTimesOn", "ACKDS"),
            Map.entry("BookingService.openings", "ACKDS"),
            Map.entry("PastSessions.record", "S"),
            Map.entry("SessionsOutsideHours.myUpcomingSessionsOutsideHours", "K"),
            Map.entry("ClientAccounts.contactOf", "S"),
            Map.entry("DemoMailbox.isOpen", "ACKDS"),
            Map.entry("DemoMailbox.letters", "ACKDS"),
            Map.entry("ClientAccounts.findOrOpen", "S"),
            Map.entry("ClientAccounts.isClient", "S"),
            Map.entry("CheckInService.byLink", "ACKDS"),
            Map.entry("CheckInService.answerByLink", "ACKDS"),
            Map.entry("CheckInService.myCheckInAddress", "C"),
            Map.entry("CheckInService.myCheckIns", "C"),
            Map.entry("CheckInService.ofSession", "K"),
            Map.entry("CheckInService.ofClient", "K"),
            Map.entry("InsightsService.articleFunnel", "K"),
            Map.entry("IntakeService.myQuestions", "K"),
            Map.entry("IntakeService.replaceMyQuestions", "K"),
            Map.entry("IntakeService.answersFor", "K"),
            Map.entry("IntakeService.answersOfClient", "K"),
            Map.entry("IntakeService.myAnswers", "C"),
            Map.entry("BookingService.intakeQuestions", "ACKDS"),
            Map.entry("TakeawayService.ofNote", "K"),
            Map.entry("TakeawayService.saveDraft", "K"),
            Map.entry("TakeawayService.share", "K"),
            Map.entry("TakeawayService.timesShared", "K"),
            Map.entry("TakeawayService.sharedWithMe", "C"),
            Map.entry("ClientSessionsService.byLink", "ACKDS"),
            Map.entry("ClientSessionsService.cancelByLink", "ACKDS"),
            Map.entry("ClientSeriesService.cancelFromByLink", "ACKDS"),
            Map.entry("ClientSeriesService.movesFromByLink", "ACKDS"),
            Map.entry("ClientSeriesService.moveFromByLink", "ACKDS"),
            Map.entry("ClientSessionsService.confirmByLink", "ACKDS"),
            Map.entry("ClientSessionsService.moveByLink", "ACKDS"),
            Map.entry("ClientSessionsService.mySessions", "C"),
            Map.entry("ClientSessionsService.manageTokenOf", "S"),
            Map.entry("CoachAvailabilityService.myAvailability", "K"),
            Map.entry("SessionTypeService.mySessionTypes", "K"),
            Map.entry("SessionTypeService.mySessionType", "K"),
            Map.entry("SessionTypeService.createMySessionType", "K"),
            Map.entry("CoachAvailabilityService.removeMyOverride", "K"),
            Map.entry("CoachAvailabilityService.saveMyOverride", "K"),
            Map.entry("CoachAvailabilityService.saveMyRules", "K"),
            Map.entry("SessionTypeService.setMySessionTypeActive", "K"),
            Map.entry("SessionTypeService.updateMySessionType", "K"),
            Map.entry("TimeBlockService.block", "K"),
            Map.entry("CoachCalendarService.cancel", "K"),
            Map.entry("CoachCalendarService.markCompleted", "K"),
            Map.entry("CoachCalendarService.markNoShow", "K"),
            Map.entry("CoachCalendarService.undoOutcome", "K"),
            Map.entry("CoachCalendarService.myBooking", "K"),
            Map.entry("CoachCalendarService.myCalendar", "K"),
            Map.entry("CoachCalendarService.reschedule", "K"),
            Map.entry("TimeBlockService.unblock", "K"),
            Map.entry("NotesService.addAddendum", "K"),
            Map.entry("NotesService.notesOn", "K"),
            Map.entry("ClientStoryService.clientStory", "K"),
            Map.entry("NotesService.history", "K"),
            Map.entry("NoteSearchService.myFreeTags", "K"),
            Map.entry("NotesService.newClientNote", "K"),
            Map.entry("NotesService.note", "K"),
            Map.entry("NotesService.noteForSession", "K"),
            Map.entry("NotesService.save", "K"),
            Map.entry("NoteSearchService.search", "K"),
            Map.entry("NotesService.sign", "K"),
            Map.entry("OutboxService.newest", "D"),
            Map.entry("UndeliveredMessages.mine", "K"),
            Map.entry("TodayService.myDay", "K"),
            Map.entry("NotesService.notesToWrite", "K"),
            Map.entry("PasswordLinks.firstPasswordToken", "S"),
            Map.entry("PasswordLinks.requestReset", "ACKDS"),
            Map.entry("PasswordLinks.setPassword", "ACKDS"),
            Map.entry("PasswordLinks.usable", "ACKDS"),
            Map.entry("PracticeService.addClient", "S"),
            Map.entry("PracticeService.changeMyTimeZone", "K"),
            Map.entry("PracticeService.isMyClient", "K"),
            Map.entry("PracticeService.myClient", "K"),
            Map.entry("PracticeService.myClients", "K"),
            Map.entry("PracticeService.myProfile", "K"),
            Map.entry("PracticeService.myTimeZone", "K"),
            Map.entry("PracticeService.openAccount", "DS"),
            Map.entry("PracticeService.openPractice", "DS"),
            Map.entry("PracticeService.publicCoach", "ACKDS"),
            Map.entry("PrincipleService.principles", "ACKDS"));

    @Autowired ApplicationContext context;

    @Test
    void everyServiceMethodLetsInExactlyWhoTheTableSays() {
        Map<String, String> actual = new TreeMap<>();
        for (Object service : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(service);
            if (!type.getPackageName().startsWith("app.goodenough") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : publicMethodsOf(type)) {
                actual.merge(type.getSimpleName() + "." + method.getName(), whoMayCall(service, method), (a, b) -> a.equals(b) ? a : a + "|" + b);
            }
        }
        String table = actual.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining("\n"));
        assertThat(actual).as("who may call each service method (A anonymous, C client, K coach, D admin, S system):%n%s", table)
                .isEqualTo(new TreeMap<>(EXPECTED));
    }

    private String whoMayCall(Object service, Method method) {
        StringBuilder allowed = new StringBuilder();
        for (char who : "ACKDS".toCharArray()) {
            signInAs(who);
            if (passesTheAccessRule(service, method)) {
                allowed.append(who);
            }
        }
        signIn.out();
        return allowed.toString();
    }

    private void signInAs(char who) {
        switch (who) {
            case 'A' -> signIn.out();
            case 'C' -> signIn.as(Demo.SAM);
            case 'K' -> signIn.as(Demo.COACH);
            case 'D' -> signIn.as(Demo.ADMIN);
            default -> signIn.asSystem();
        }
    }

    private static boolean passesTheAccessRule(Object service, Method method) {
        try {
            method.invoke(service, Arrays.stream(method.getParameterTypes()).map(ServiceAccessMatrixTest::empty).toArray());
            return true;
        } catch (InvocationTargetException thrown) {
            return !(thrown.getCause() instanceof AccessDeniedException || thrown.getCause() instanceof AuthenticationCredentialsNotFoundException);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<Method> publicMethodsOf(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    private static Object empty(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
