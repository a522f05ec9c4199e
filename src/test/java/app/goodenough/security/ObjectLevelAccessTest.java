package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.appointments.AppointmentService;
import app.goodenough.appointments.NewAppointment;
import app.goodenough.availability.CoachAvailabilityService;
import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.busytimes.ExternalCalendarService;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.checkins.CheckInAnswers;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.checkins.CheckInService;
import app.goodenough.clients.ClientStoryService;
import app.goodenough.identity.AccountId;
import app.goodenough.intake.IntakeService;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NoteId;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.PracticeService;
import app.goodenough.readerseries.SeriesOffer;
import app.goodenough.readerseries.SeriesOfferService;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.NewSeries;
import app.goodenough.series.SeriesService;
import app.goodenough.series.SeriesSessionsService;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.support.CalendarServer;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.StatementCounter;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.takeaways.TakeawayService;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every id a person can put into an address, a parameter or an event, tried with another
 * person's id and with an id that does not exist: both must end the same way (the same
 * exception, field and message, or the same empty answer) after the same SQL statements, so
 * that neither the answer nor the work done tells whether the other person's thing exists.
 */
class ObjectLevelAccessTest extends ServiceTest {

    @Autowired CoachCalendarService calendar;
    @Autowired TimeBlockService timeBlocks;
    @Autowired AppointmentService appointments;
    @Autowired ExternalCalendarService otherCalendars;
    @Autowired NotesService notes;
    @Autowired ClientStoryService clientStories;
    @Autowired PracticeService practice;
    @Autowired CoachAvailabilityService availability;
    @Autowired SessionTypeService sessionTypes;
    @Autowired ClientSessionsService clientSessions;
    @Autowired ManageLinks manageLinks;
    @Autowired CheckInService checkIns;
    @Autowired SeriesService series;
    @Autowired SeriesSessionsService seriesSessions;
    @Autowired SeriesOfferService seriesOffers;
    @Autowired IntakeService intake;
    @Autowired TakeawayService takeaways;
    @Autowired CheckInLinks checkInLinks;
    @Autowired StatementCounter statements;

    TestPractice.Practice mine;
    TestPractice.Practice theirs;
    Confirmation theirSession;
    NoteId theirNote;
    UUID theirBlock;
    UUID theirCalendar;

    /** What a call came to, and how many statements it took to get there. */
    record Outcome(String ending, int statements) {
    }

    @BeforeEach
    void twoCoachesEachWithAClientASessionAndANote() {
        mine = testPractice.open("Europe/Berlin");
        theirs = testPractice.open("Europe/Berlin");
        testPractice.bookFirstFreeTime(mine, 5);
        theirSession = testPractice.bookFirstFreeTime(theirs, 5);
        jdbc.update("insert into intake_answer (booking_id, coach_id, position, prompt, answer) values (?, ?, 1, 'Who referred you?', 'Theirs')",
                theirSession.booking().id().value(), theirs.coach().id().value());
        checkIns.answerByLink(checkInLinks.tokenFor(theirSession.booking()),
                new CheckInAnswers(Map.of("not-all-bad", 2), "Theirs."));
        signIn.as(theirs.coach().email());
        Note note = notes.noteForSession(theirSession.booking().id());
        notes.save(note.id(), note.version(), new NoteDraft("Private to the other coach.", List.of(), List.of()));
        theirNote = note.id();
        takeaways.saveDraft(theirNote, "Theirs to share.");
        theirBlock = timeBlocks.block(TestClock.get().today(theirs.zone()).plusDays(9), TimeWindow.of("10:00", "11:00"), "");
        try (CalendarServer server = new CalendarServer()) {
            theirCalendar = otherCalendars.add("Private", server.serve("/private.ics", CalendarServer.calendarFile()), true, false);
        }
        signIn.as(mine.coach().email());
    }

    @Test
    void anotherCoachsIdsEndExactlyLikeIdsThatDoNotExist() {
        BookingId booking = theirSession.booking().id();
        AccountId client = theirSession.booking().clientId();
        SessionTypeId type = theirs.session().id();
        Instant later = theirSession.booking().start().plusSeconds(86_400);
        NewSessionType renamed = new NewSessionType("Renamed", 50, "", "", "#b8643c");
        NoteDraft draft = new NoteDraft("Overwritten.", List.of(), List.of());

        List<Probe> probes = List.of(
                probe("booking details", booking, id -> calendar.myBooking(id)),
                probe("mark completed", booking, id -> done(() -> calendar.markCompleted(id))),
                probe("mark no-show", booking, id -> done(() -> calendar.markNoShow(id))),
                probe("undo an outcome", booking, id -> done(() -> calendar.undoOutcome(id))),
                probe("cancel", booking, id -> done(() -> calendar.cancel(id, "Because."))),
                probe("reschedule", booking, id -> done(() -> calendar.reschedule(id, later))),
                probe("note for a session", booking, id -> notes.noteForSession(id)),
                probe("place in a series", booking, id -> seriesSessions.placeOf(id)),
                probe("cancel with all later ones", booking, id -> seriesSessions.cancelFrom(id, "Because.")),
                probe("where it and all later ones would move", booking, id -> seriesSessions.movesFrom(id, later)),
                probe("move with all later ones", booking, id -> seriesSessions.moveFrom(id, later)),
                probe("check-in of a session", booking, id -> checkIns.ofSession(id)),
                probe("intake answers of a session", booking, id -> intake.answersFor(id)),
                probe("intake answers of a client", client, id -> intake.answersOfClient(id)),
                probe("intake questions of a session type", type, id -> intake.myQuestions(id)),
                probe("series offer of a session type", type, id -> seriesOffers.myOffer(id)),
                probe("offer a session type as a series", type, id -> done(() -> seriesOffers.offer(id, new SeriesOffer(4, 1)))),
                probe("change intake questions", type, id -> intake.replaceMyQuestions(id, List.of())),
                probe("check-ins of a client", client, id -> checkIns.ofClient(id)),
                probe("client summary", client, id -> practice.myClient(id)),
                probe("is my client", client, id -> practice.isMyClient(id)),
                probe("client story", client, id -> clientStories.clientStory(id)),
                probe("notes on a client", client, id -> notes.notesOn(id)),
                probe("new client note", client, id -> notes.newClientNote(id)),
                probe("read a note", theirNote, id -> notes.note(id)),
                probe("save a note", theirNote, id -> notes.save(id, 1, draft)),
                probe("sign a note", theirNote, id -> notes.sign(id, 1)),
                probe("add an addendum", theirNote, id -> notes.addAddendum(id, "Later.")),
                probe("note history", theirNote, id -> notes.history(id)),
                probe("takeaway of a note", theirNote, id -> takeaways.ofNote(id)),
                probe("save a takeaway", theirNote, id -> takeaways.saveDraft(id, "Overwritten.")),
                probe("share a takeaway", theirNote, id -> takeaways.share(id, true)),
                probe("times a takeaway was shared", theirNote, id -> takeaways.timesShared(id)),
                probe("one of my session types", type, id -> sessionTypes.mySessionType(id)),
                probe("change a session type", type, id -> done(() -> sessionTypes.updateMySessionType(id, renamed))),
                probe("switch a session type off", type, id -> done(() -> sessionTypes.setMySessionTypeActive(id, false))),
                probe("remove blocked time", theirBlock, id -> done(() -> timeBlocks.unblock(id))),
                probe("remove another calendar", theirCalendar, id -> done(() -> otherCalendars.remove(id))),
                probe("appointment for a client", client, id -> appointments.book(appointment(mine.session().id(), id))),
                probe("appointment of a session type", type, id -> appointments.book(appointment(id, null))),
                probe("series for a client", client, id -> series.preview(new NewSeries(mine.session().id(), id,
                        later.atZone(mine.zone()).toLocalDate(), LocalTime.of(10, 0), 1, 2, null, false, UUID.randomUUID()))),
                probe("series of a session type", type, id -> series.preview(new NewSeries(id, null,
                        later.atZone(mine.zone()).toLocalDate(), LocalTime.of(10, 0), 1, 2, null, false, UUID.randomUUID()))),
                probe("hours of a session type", type, id -> appointments.withinMyHours(id, later.atZone(mine.zone()).toLocalDate(),
                        LocalTime.of(20, 0))));

        for (Probe probe : probes) {
            assertThat(outcome(probe.call(), probe.theirId()))
                    .as("%s with another coach's id, compared with an id that does not exist", probe.name())
                    .isEqualTo(outcome(probe.call(), missingLike(probe.theirId())));
        }
        assertThatTheirThingsAreUntouched();
    }

    @Test
    void aChangedManageLinkEndsLikeALinkToNothing() {
        String token = tokenOf(theirSession.booking().id());
        Function<Object, Object> open = link -> clientSessions.byLink((String) link);

        Outcome forgedForTheirs = outcome(open, forge(token, testPractice.bookFirstFreeTime(mine, 6).booking().id()));
        Outcome forgedForNothing = outcome(open, forge(token, new BookingId(UUID.randomUUID())));

        assertThat(forgedForTheirs).isEqualTo(forgedForNothing);
        assertThat(forgedForTheirs.ending()).contains("This link is not valid");
    }

    private NewAppointment appointment(SessionTypeId type, @Nullable AccountId client) {
        return new NewAppointment(type, theirSession.booking().start().atZone(mine.zone()).toLocalDate().plusDays(1), LocalTime.of(10, 0),
                client, "New Client", "new-" + UUID.randomUUID() + "@example.org", "", null, true, UUID.randomUUID());
    }

    private String tokenOf(BookingId id) {
        signIn.asSystem();
        String token = clientSessions.manageTokenOf(id);
        signIn.out();
        return token;
    }

    /** The token with its booking id replaced and its signature left as it was, as someone guessing would. */
    private static String forge(String token, BookingId id) {
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        ByteBuffer.wrap(bytes).putLong(id.value().getMostSignificantBits()).putLong(id.value().getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void assertThatTheirThingsAreUntouched() {
        signIn.as(theirs.coach().email());
        assertThat(calendar.myBooking(theirSession.booking().id()).status().name()).isEqualTo("BOOKED");
        assertThat(notes.note(theirNote).body()).isEqualTo("Private to the other coach.");
        assertThat(takeaways.ofNote(theirNote).draft()).isEqualTo("Theirs to share.");
        assertThat(takeaways.ofNote(theirNote).sharedAt()).isNull();
        assertThat(sessionTypes.mySessionTypes()).extracting(t -> t.name() + " " + t.active()).containsExactly("Coaching session true");
    }

    private Outcome outcome(Function<Object, Object> call, Object id) {
        String[] ending = new String[1];
        int sent = statements.statementsOf(() -> {
            try {
                ending[0] = "returned " + call.apply(id);
            } catch (RuntimeException thrown) {
                ending[0] = thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
                throw thrown;
            }
        });
        return new Outcome(ending[0], sent);
    }

    /** One service call that takes an id, and the other coach's id to try it with. */
    record Probe(String name, Object theirId, Function<Object, Object> call) {
    }

    @SuppressWarnings("unchecked")
    private static <T> Probe probe(String name, T theirId, Function<T, Object> call) {
        return new Probe(name, theirId, id -> call.apply((T) id));
    }

    private static Object missingLike(Object id) {
        UUID random = UUID.randomUUID();
        return switch (id) {
            case BookingId ignored -> new BookingId(random);
            case AccountId ignored -> new AccountId(random);
            case NoteId ignored -> new NoteId(random);
            case SessionTypeId ignored -> new SessionTypeId(random);
            default -> random;
        };
    }

    private static Object done(Runnable change) {
        change.run();
        return "done";
    }
}
