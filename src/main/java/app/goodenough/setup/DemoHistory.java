package app.goodenough.setup;

import app.goodenough.account.Account;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.identity.SystemTask;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.PastSessions;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.takeaways.TakeawayService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo practice's past: sessions that took place in the last weeks, each with the coach's
 * signed note tagged by principle (three with a takeaway shared with the client), so the notes
 * search, the clients' stories and My sessions have something to show. The notes are written in the coach's name through the notes service, with all its rules.
 */
@Component
class DemoHistory {

    private final PastSessions pastSessions;
    private final CoachCalendarService calendar;
    private final NotesService notesService;
    private final TakeawayService takeaways;
    private final SystemTask systemTask;
    private final Clock clock;

    DemoHistory(PastSessions pastSessions, CoachCalendarService calendar, NotesService notesService, TakeawayService takeaways,
            SystemTask systemTask, Clock clock) {
        this.takeaways = takeaways;
        this.pastSessions = pastSessions;
        this.calendar = calendar;
        this.notesService = notesService;
        this.systemTask = systemTask;
        this.clock = clock;
    }

    private record PastSession(SessionType type, Account client, int weeksAgo, DayOfWeek day, String focus, String message, String note,
            List<PrincipleTag> principles, List<String> tags, String addendum, String takeaway) {
    }

    void create(Account coach, SessionType intro, SessionType coaching, Account sam, Account alex) {
        create(coach, List.of(
                new PastSession(intro, sam, 5, DayOfWeek.TUESDAY, "perfection-not-necessary",
                        "My friends say I am the reliable one. I am exhausted by it.",
                        "First conversation. Sam runs a team and is \"the one everyone calls\". Describes weekends spent answering "
                                + "messages so nobody is let down. Good fit; agreed on fortnightly sessions.",
                        List.of(new PrincipleTag("perfection-not-necessary", 2), new PrincipleTag("beyond-the-helper", 1)),
                        List.of("work", "first session"), null, null),
                new PastSession(coaching, sam, 4, DayOfWeek.THURSDAY, "black-and-white-thinking", "",
                        "Worked on the **all-or-nothing** story: either always available or *abandoning* the team. "
                                + "Found a middle ground: one evening a week offline, announced in advance.\n\n"
                                + "- homework: notice the word \"always\" and write down where it shows up",
                        List.of(new PrincipleTag("black-and-white-thinking", 2), new PrincipleTag("not-always-on", 2)),
                        List.of("work", "boundaries"), null,
                        "One evening a week offline, said to the team in advance. Notice the word \"always\" and write down where it shows up."),
                new PastSession(coaching, sam, 2, DayOfWeek.TUESDAY, "mistakes-as-growth",
                        "I sent a report with an error and could not sleep.",
                        "The report error: replayed it all weekend. We separated *a mistake* from *a tragedy*. Sam told the "
                                + "manager on Monday; the reply was \"thanks, fixed\". Noticeably lighter by the end.",
                        List.of(new PrincipleTag("mistakes-as-growth", 3), new PrincipleTag("black-and-white-thinking", 3)),
                        List.of("work", "sleep"),
                        "Sam wrote in: the offline evening held for two weeks running.",
                        "A mistake is not a tragedy. When one happens this week: say it, fix it, and write down what the reply was."),
                new PastSession(intro, alex, 3, DayOfWeek.WEDNESDAY, "not-always-on",
                        "Everyone relies on me at work and at home.",
                        "Alex cares for a parent and leads a project. No rest that is not \"earned\". Wants to learn to stop "
                                + "before the crash, not after it.",
                        List.of(new PrincipleTag("not-always-on", 1), new PrincipleTag("beyond-the-helper", 2)),
                        List.of("family", "rest"), null, null),
                new PastSession(coaching, alex, 1, DayOfWeek.MONDAY, "redefine-success", "",
                        "A hard talk with a sister went badly, then they repaired it the next day. Alex called it a failure; "
                                + "we looked at it as rupture *and repair*. Asked for help with the parent's appointments for the first time.",
                        List.of(new PrincipleTag("redefine-success", 2), new PrincipleTag("not-always-on", 2)),
                        List.of("family"), null, "Rupture and repair: ask for one piece of help this week, and notice how it lands.")));
    }

    private void create(Account coach, List<PastSession> sessions) {
        List<BookingId> ids = sessions.stream().map(this::record).toList();
        systemTask.runAs(coach.email(), () -> {
            for (int i = 0; i < sessions.size(); i++) {
                calendar.markCompleted(ids.get(i));
                writeNote(ids.get(i), sessions.get(i));
            }
        });
    }

    private BookingId record(PastSession session) {
        ZoneId zone = ZoneId.of(DemoPractice.COACH_TIME_ZONE);
        LocalDate day = LocalDate.now(clock.withZone(zone)).minusWeeks(session.weeksAgo())
                .with(TemporalAdjusters.previousOrSame(session.day()));
        Instant start = day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        return pastSessions.record(new BookingRequest(session.type().id(), start, session.client().displayName(),
                session.client().email(), "", session.focus(), session.message(), DemoPractice.COACH_TIME_ZONE, UUID.randomUUID()),
                session.client().id());
    }

    private void writeNote(BookingId booking, PastSession session) {
        Note note = notesService.noteForSession(booking);
        Note saved = notesService.save(note.id(), note.version(), new NoteDraft(session.note(), session.principles(), session.tags()));
        if (session.takeaway() != null) {
            takeaways.saveDraft(saved.id(), session.takeaway());
            takeaways.share(saved.id(), false);
        }
        Note signed = notesService.sign(saved.id(), saved.version());
        if (session.addendum() != null) {
            notesService.addAddendum(signed.id(), session.addendum());
        }
    }
}
