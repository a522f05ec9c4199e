package app.goodenough.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.identity.AccountId;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.mysessions.ClientSeriesService;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A booked series on real PostgreSQL: one letter for all its sessions, its place shown, and "this and all later ones" cancelled. */
class SeriesSessionsTest extends ServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired SeriesService series;
    @Autowired SeriesSessionsService seriesSessions;
    @Autowired ClientSessionsService clientSessions;
    @Autowired ClientSeriesService clientSeries;
    @Autowired ManageLinks manageLinks;
    @Autowired TimeBlockService timeBlocks;
    TestPractice.Practice practice;
    AccountId client;
    String clientEmail;

    @BeforeEach
    void aCoachInBerlinWithAClient() {
        practice = testPractice.open("Europe/Berlin");
        Confirmation first = testPractice.bookFirstFreeTime(practice, 1);
        client = first.booking().clientId();
        clientEmail = first.clientEmail();
        signIn.as(practice.coach().email());
    }

    @Test
    void aBookedSeriesSendsOneLetterToEachSideListingEveryDateWithOneRepeatingCalendarEventAndRemindersPerSession() {
        UUID key = UUID.randomUUID();
        LocalDate first = TestClock.get().today(BERLIN).plusDays(3);
        List<Confirmation> booked = series.book(series(key, first, 4), Set.of(1, 2, 4));

        assertThat(letters(key)).containsExactlyInAnyOrder(
                Map.of("kind", "CONFIRMATION", "recipient_email", clientEmail, "attachment_name", "good-enough-series-" + first + ".ics"),
                Map.of("kind", "NEW_BOOKING", "recipient_email", practice.coach().email(), "attachment_name", ""));
        String letter = jdbc.queryForObject("select text_body from outbox_message where recipient_email = ? and kind = 'CONFIRMATION' "
                + "and booking_id = ?", String.class, clientEmail, booked.getFirst().booking().id().value());
        assertThat(letter).contains("your series is booked", "every week", "(1 of 4)", "(2 of 4)", "(4 of 4)").doesNotContain("(3 of 4)");
        assertThat(letter.split("Move or cancel it until ", -1)).hasSize(4);
        String ics = jdbc.queryForObject("select convert_from(attachment, 'UTF8') from outbox_message where recipient_email = ? "
                + "and kind = 'CONFIRMATION' and booking_id = ?", String.class, clientEmail, booked.getFirst().booking().id().value());
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "DTSTART;TZID=Europe/Berlin:", "RRULE:FREQ=WEEKLY;COUNT=4;INTERVAL=1",
                "EXDATE;TZID=Europe/Berlin:" + first.plusWeeks(2).toString().replace("-", "") + "T110000");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message m join booking b on b.id = m.booking_id "
                + "where b.series_id = ? and m.kind = 'REMINDER'", Integer.class, key)).as("a reminder to each side per session").isEqualTo(6);
    }

    @Test
    void theCoachSeesASessionsPlaceAndCancelsItWithAllLaterOnesInOneLetterEach() {
        UUID key = UUID.randomUUID();
        List<Confirmation> booked = series.book(series(key, TestClock.get().today(BERLIN).plusDays(3), 4), Set.of(1, 2, 3, 4));

        assertThat(seriesSessions.placeOf(booked.get(1).booking().id())).hasValueSatisfying(place ->
                assertThat(place.label()).isEqualTo("Session 2 of 4 · every week"));
        assertThatThrownBy(() -> seriesSessions.cancelFrom(booked.get(1).booking().id(), "x".repeat(501)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(statuses(key)).as("nothing cancelled half-way").containsOnly("BOOKED");

        assertThat(seriesSessions.cancelFrom(booked.get(1).booking().id(), "Moving to another city")).isEqualTo(3);

        assertThat(statuses(key)).containsExactly("BOOKED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(jdbc.queryForList("select text_body from outbox_message where kind = 'CANCELLED' and booking_id = ?", String.class,
                booked.get(1).booking().id().value())).hasSize(2).allSatisfy(text -> assertThat(text)
                .contains("(2 of 4)", "(3 of 4)", "(4 of 4)", "Moving to another city").doesNotContain("(1 of 4)"));
        assertThat(jdbc.queryForObject("select count(*) from outbox_message m join booking b on b.id = m.booking_id "
                + "where b.series_id = ? and m.kind = 'REMINDER' and m.voided_at is null", Integer.class, key))
                .as("only the first session's reminders stay").isEqualTo(2);
        assertThatThrownBy(() -> seriesSessions.cancelFrom(booked.get(2).booking().id(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().getFirst().field()).isEqualTo("status"));
    }

    @Test
    void anotherCoachsSessionHasNoPlaceAndCannotBeCancelled() {
        List<Confirmation> booked = series.book(series(UUID.randomUUID(), TestClock.get().today(BERLIN).plusDays(3), 2), Set.of(1, 2));
        signIn.as(testPractice.open("Europe/Berlin").coach().email());

        assertThat(seriesSessions.placeOf(booked.getFirst().booking().id())).isEmpty();
        assertThatThrownBy(() -> seriesSessions.cancelFrom(booked.getFirst().booking().id(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().getFirst().message())
                        .isEqualTo("There is no such booking."));
        assertThat(jdbc.queryForList("select status from booking where series_id is not null and id = ?", String.class,
                booked.getFirst().booking().id().value())).containsExactly("BOOKED");
    }

    @Test
    void theClientCancelsASessionWithAllLaterOnesByItsLinkButNotOnceTheFirstIsInsideTheWindow() {
        UUID key = UUID.randomUUID();
        LocalDate tomorrow = TestClock.get().today(BERLIN).plusDays(1);
        NewSeries soon = new NewSeries(practice.session().id(), client, tomorrow, LocalTime.of(8, 0), 1, 4, null, true, key);
        List<Confirmation> booked = series.book(soon, Set.of(1, 2, 3, 4));
        signIn.out();

        String firstLink = manageLinks.tokenFor(booked.getFirst().booking());
        assertThat(clientSessions.byLink(firstLink).series()).isEqualTo(new SeriesPlace(1, 4, 1));
        assertThatThrownBy(() -> clientSeries.cancelFromByLink(firstLink, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().getFirst().message())
                        .startsWith("Sessions can be moved or cancelled here until "));
        assertThat(statuses(key)).containsOnly("BOOKED");

        clientSeries.cancelFromByLink(manageLinks.tokenFor(booked.get(2).booking()), "");

        assertThat(statuses(key)).containsExactly("BOOKED", "BOOKED", "CANCELLED", "CANCELLED");
        assertThat(jdbc.queryForObject("select subject from outbox_message where kind = 'CANCELLED' and recipient_email = ? "
                + "and booking_id = ?", String.class, clientEmail, booked.get(2).booking().id().value()))
                .isEqualTo("Cancelled: 2 sessions of your series");
    }

    @Test
    void theCoachMovesTheSecondAndAllLaterOnesADayOnAndAnHourLaterInOneLetterAllOrNone() {
        UUID key = UUID.randomUUID();
        List<Confirmation> booked = series.book(series(key, TestClock.get().today(BERLIN).plusDays(3), 4), Set.of(1, 2, 3, 4));
        Instant second = booked.get(1).booking().start();
        Instant target = second.atZone(BERLIN).plusDays(1).withHour(12).toInstant();

        List<SeriesMove> moves = seriesSessions.movesFrom(booked.get(1).booking().id(), target);
        assertThat(moves).extracting(SeriesMove::position).containsExactly(2, 3, 4);
        assertThat(moves).allSatisfy(move -> {
            assertThat(move.possible()).isTrue();
            assertThat(move.to().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.NOON);
            assertThat(move.to().atZone(BERLIN).toLocalDate()).isEqualTo(move.from().atZone(BERLIN).toLocalDate().plusDays(1));
        });
        signIn.as(practice.coach().email());
        timeBlocks.block(moves.get(2).to().atZone(BERLIN).toLocalDate(), TimeWindow.of("11:30", "13:00"), "Dentist");
        assertThat(seriesSessions.movesFrom(booked.get(1).booking().id(), target).get(2).problem()).isEqualTo("it overlaps blocked time");
        assertThatThrownBy(() -> seriesSessions.moveFrom(booked.get(1).booking().id(), target))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().getFirst().message())
                        .startsWith("Session 4 cannot move to ").endsWith("it overlaps blocked time. Nothing was moved."));
        assertThat(starts(key)).as("nothing moved half-way").containsExactlyElementsOf(booked.stream().map(c -> c.booking().start()).toList());

        Instant earlier = second.atZone(BERLIN).withHour(10).toInstant();
        assertThat(seriesSessions.moveFrom(booked.get(1).booking().id(), earlier)).isEqualTo(3);

        assertThat(starts(key)).extracting(start -> start.atZone(BERLIN).toLocalTime()).containsExactly(LocalTime.of(11, 0),
                LocalTime.of(10, 0), LocalTime.of(10, 0), LocalTime.of(10, 0));
        assertThat(jdbc.queryForList("select text_body from outbox_message where kind = 'RESCHEDULED' and booking_id = ?", String.class,
                booked.get(1).booking().id().value())).hasSize(2).allSatisfy(text -> assertThat(text).contains("(2 of 4)", "(4 of 4)", "was "));
    }

    @Test
    void theCoachMovesASeriesReachingBeyondTheReadersHorizonAsHerOwnAppointments() {
        UUID key = UUID.randomUUID();
        NewSeries farAhead = new NewSeries(practice.session().id(), client, TestClock.get().today(BERLIN).plusDays(3), LocalTime.of(11, 0), 4, 4,
                null, true, key);
        List<Confirmation> booked = series.book(farAhead, Set.of(1, 2, 3, 4));
        Instant anHourLater = booked.getFirst().booking().start().plusSeconds(3600);

        assertThat(seriesSessions.movesFrom(booked.getFirst().booking().id(), anHourLater)).as("the last is 87 days ahead; readers see 60")
                .allMatch(SeriesMove::possible);
        assertThat(seriesSessions.moveFrom(booked.getFirst().booking().id(), anHourLater)).isEqualTo(4);
        assertThat(starts(key)).extracting(start -> start.atZone(BERLIN).toLocalTime()).containsOnly(LocalTime.NOON);
    }

    @Test
    void theClientMovesTheLaterOnesByTheLinkAndIsNeverToldWhatElseIsBooked() {
        UUID key = UUID.randomUUID();
        List<Confirmation> booked = series.book(series(key, TestClock.get().today(BERLIN).plusDays(3), 3), Set.of(1, 2, 3));
        Instant third = booked.get(2).booking().start();
        testPractice.book(practice, third.atZone(BERLIN).withHour(14).toInstant(), BERLIN);
        signIn.out();
        String link = manageLinks.tokenFor(booked.get(1).booking());
        Instant target = booked.get(1).booking().start().atZone(BERLIN).withHour(14).toInstant();

        assertThat(clientSeries.movesFromByLink(link, target)).extracting(SeriesMove::problem).containsExactly(null, "not available then");
        assertThatThrownBy(() -> clientSeries.moveFromByLink(link, target)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems().getFirst().message()).doesNotContain("overlaps", "Coaching"));
        Instant free = booked.get(1).booking().start().atZone(BERLIN).withHour(16).toInstant();
        assertThat(clientSeries.moveFromByLink(link, free).start()).isEqualTo(free);
        assertThat(starts(key)).extracting(start -> start.atZone(BERLIN).toLocalTime()).containsExactly(LocalTime.of(11, 0),
                LocalTime.of(16, 0), LocalTime.of(16, 0));
    }

    private List<Instant> starts(UUID key) {
        return jdbc.queryForList("select starts_at from booking where series_id = ? order by series_position", java.sql.Timestamp.class, key)
                .stream().map(java.sql.Timestamp::toInstant).toList();
    }

    private NewSeries series(UUID key, LocalDate first, int count) {
        return new NewSeries(practice.session().id(), client, first, LocalTime.of(11, 0), 1, count, null, true, key);
    }

    private List<String> statuses(UUID key) {
        return jdbc.queryForList("select status from booking where series_id = ? order by series_position", String.class, key);
    }

    private List<Map<String, Object>> letters(UUID key) {
        return jdbc.queryForList("select m.kind, m.recipient_email, coalesce(m.attachment_name, '') as attachment_name "
                + "from outbox_message m join booking b on b.id = m.booking_id where b.series_id = ? and m.kind <> 'REMINDER'", key);
    }
}
