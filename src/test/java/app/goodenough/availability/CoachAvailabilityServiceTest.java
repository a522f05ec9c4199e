package app.goodenough.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.booking.BookingService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class CoachAvailabilityServiceTest extends ServiceTest {

    @Autowired CoachAvailabilityService availabilityService;
    @Autowired SessionTypeService sessionTypeService;
    @Autowired BookingService bookingService;
    @Autowired UpcomingSessions upcomingSessions;
    TestPractice.Practice practice;
    LocalDate tuesday;

    @BeforeEach
    void signInAsATestCoach() {
        practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
        tuesday = TestClock.get().today(practice.zone()).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    @Test
    void newTuesdayHoursChangeTheFreeTimesAtOnce() {
        CoachAvailability before = availabilityService.myAvailability();
        assertThat(before.weeklyHours().get(DayOfWeek.TUESDAY)).containsExactly(TimeWindow.of("09:00", "17:00"));

        availabilityService.saveMyRules("Europe/Berlin", before.settings(),
                withTuesday(before.weeklyHours(), List.of(TimeWindow.of("07:00", "08:00"), TimeWindow.of("18:00", "20:00"))));

        assertThat(localTimes(freeTimesOn(tuesday))).containsExactly("07:00", "18:00", "18:30", "19:00");
    }

    @Test
    void overlappingHoursAreRefusedForTheirDayAndNothingIsSaved() {
        CoachAvailability before = availabilityService.myAvailability();

        assertThatThrownBy(() -> availabilityService.saveMyRules("Asia/Tokyo", before.settings(),
                withTuesday(before.weeklyHours(), List.of(TimeWindow.of("09:00", "12:30"), TimeWindow.of("12:00", "13:00")))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .containsExactly(new FieldProblem("hours.TUESDAY", "Tuesday: 12:00–13:00 overlaps 09:00–12:30.")));
        assertThat(availabilityService.myAvailability()).isEqualTo(before);
    }

    @Test
    void impossibleNumbersAndUnknownZonesAreNamedFieldByFieldAndNothingIsSaved() {
        CoachAvailability before = availabilityService.myAvailability();
        RuleSettings impossible = new RuleSettings(Duration.ofHours(25), Duration.ofMinutes(-5), Duration.ofHours(-1), 0,
                Duration.ZERO, Duration.ofDays(31), Duration.ofMinutes(30));

        assertThatThrownBy(() -> availabilityService.saveMyRules("Europe/Berlin", impossible, before.weeklyHours()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("bufferBefore", "bufferAfter", "minimumNotice", "horizon", "slotStep", "cancellationWindow",
                                "reminderLead"));
        assertThatThrownBy(() -> availabilityService.saveMyRules("Mars/Olympus_Mons", before.settings(), before.weeklyHours()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("timeZone"));
        assertThat(availabilityService.myAvailability()).isEqualTo(before);
    }

    @Test
    void aClosedDateOffersNothingUntilTheOverrideIsRemoved() {
        availabilityService.saveMyOverride(tuesday, List.of());
        assertThat(freeTimesOn(tuesday)).isEmpty();
        assertThat(availabilityService.myAvailability().upcomingOverrides()).containsExactly(new DateOverride(tuesday, List.of()));

        availabilityService.removeMyOverride(tuesday);
        assertThat(freeTimesOn(tuesday)).isNotEmpty();
        assertThatThrownBy(() -> availabilityService.removeMyOverride(tuesday)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aChangeOfHoursNeverDropsABookingButSaysItIsOutsideThem() {
        Instant fourPm = tuesday.atTime(16, 0).atZone(practice.zone()).toInstant();
        var booked = bookingService.book(new BookingRequest(practice.session().id(), fourPm, "Late Reader",
                "late-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID()));
        CoachAvailability before = availabilityService.myAvailability();

        availabilityService.saveMyRules("Europe/Berlin", before.settings(),
                withTuesday(before.weeklyHours(), List.of(TimeWindow.of("09:00", "12:00"))));

        assertThat(upcomingSessions.myUpcomingSessionsOutsideHours()).isOne();
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booked.booking().id().value()))
                .isEqualTo(BookingStatus.BOOKED.name());
    }

    @Test
    void clientsAdminsAndAnonymousReadersAreRefusedEveryMethod() {
        for (String email : new String[] {Demo.SAM, Demo.ADMIN}) {
            signIn.as(email);
            assertRefused(AccessDeniedException.class);
        }
        signIn.out();
        assertRefused(AuthenticationCredentialsNotFoundException.class);
    }

    private void assertRefused(Class<? extends Exception> refusal) {
        RuleSettings settings = RuleSettings.DEFAULT;
        NewSessionType type = new NewSessionType("X", 50, "", "", "#2d8479");
        SessionTypeId id = practice.session().id();
        assertThatThrownBy(availabilityService::myAvailability).isInstanceOf(refusal);
        assertThatThrownBy(() -> availabilityService.saveMyRules("Europe/Berlin", settings, Map.of())).isInstanceOf(refusal);
        assertThatThrownBy(() -> availabilityService.saveMyOverride(tuesday, List.of())).isInstanceOf(refusal);
        assertThatThrownBy(() -> availabilityService.removeMyOverride(tuesday)).isInstanceOf(refusal);
        assertThatThrownBy(sessionTypeService::mySessionTypes).isInstanceOf(refusal);
        assertThatThrownBy(() -> sessionTypeService.createMySessionType(type)).isInstanceOf(refusal);
        assertThatThrownBy(() -> sessionTypeService.updateMySessionType(id, type)).isInstanceOf(refusal);
        assertThatThrownBy(() -> sessionTypeService.setMySessionTypeActive(id, false)).isInstanceOf(refusal);
        assertThatThrownBy(upcomingSessions::myUpcomingSessionsOutsideHours).isInstanceOf(refusal);
    }

    private List<Instant> freeTimesOn(LocalDate day) {
        return bookingService.freeTimesOn(practice.session().id(), day, practice.zone());
    }

    private List<String> localTimes(List<Instant> starts) {
        return starts.stream().map(start -> start.atZone(practice.zone()).toLocalTime().toString()).toList();
    }

    private static Map<DayOfWeek, List<TimeWindow>> withTuesday(Map<DayOfWeek, List<TimeWindow>> week, List<TimeWindow> tuesday) {
        Map<DayOfWeek, List<TimeWindow>> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(week);
        changed.put(DayOfWeek.TUESDAY, tuesday);
        return changed;
    }
}
