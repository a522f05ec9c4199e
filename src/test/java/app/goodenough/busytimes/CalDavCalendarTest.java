package app.goodenough.busytimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.booking.BookingService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.RadicaleServer;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A calendar on a real CalDAV server (Radicale): a weekly Tuesday 10:00 event and a one-off afternoon keep readers away. */
class CalDavCalendarTest extends ServiceTest {

    static final String PASSWORD = "app-password-" + UUID.randomUUID();
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static RadicaleServer radicale;

    @Autowired ExternalCalendarService calendars;
    @Autowired BookingService bookingService;
    TestPractice.Practice practice;
    LocalDate tuesday;
    String collection;

    @BeforeAll
    static void startRadicale() {
        radicale = new RadicaleServer("maren", PASSWORD);
    }

    @AfterAll
    static void stopRadicale() {
        radicale.close();
    }

    @BeforeEach
    void aCoachWithACalDavCalendar() {
        practice = testPractice.open("Europe/Berlin");
        tuesday = TestClock.get().today(practice.zone()).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        collection = radicale.calendar("private-" + UUID.randomUUID());
        radicale.put(collection, "physio", calendar("physio", tuesday.minusWeeks(1), LocalTime.of(10, 0), LocalTime.of(11, 0),
                "RRULE:FREQ=WEEKLY;BYDAY=TU\r\n"));
        radicale.put(collection, "school-play", calendar("school-play", tuesday.plusWeeks(1), LocalTime.of(14, 0), LocalTime.of(16, 0), ""));
        signIn.as(practice.coach().email());
    }

    @Test
    void theWeeklyEventAndTheOneOffAfternoonAreNoLongerOffered() {
        calendars.addCalDav("Private", collection, "maren", PASSWORD, true, false);

        signIn.out();
        assertThat(startsOn(tuesday)).doesNotContain(LocalTime.of(10, 0), LocalTime.of(9, 30)).contains(LocalTime.of(11, 0), LocalTime.of(14, 0));
        assertThat(startsOn(tuesday.plusWeeks(1))).doesNotContain(LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(15, 0))
                .contains(LocalTime.of(11, 0), LocalTime.of(16, 0));
    }

    @Test
    void aWrongPasswordIsSaidAtTheFieldAndNothingIsStored() {
        assertThatThrownBy(() -> calendars.addCalDav("Private", collection, "maren", "not it", true, false))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.problems().getFirst().message()).isEqualTo("This calendar could not be read: the server answered 401."));
        assertThat(calendars.myCalendars()).isEmpty();
    }

    @Test
    void thePasswordIsKeptSealedAndNeverShownAgain() {
        UUID id = calendars.addCalDav("Private", collection, "maren", PASSWORD, true, false);

        byte[] stored = jdbc.queryForObject("select secret from external_calendar where id = ?", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);
        assertThat(calendars.myCalendars().toString()).doesNotContain(PASSWORD, "maren");
        calendars.refreshMine();
        assertThat(calendars.myCalendars()).singleElement().satisfies(calendar -> assertThat(calendar.lastProblem()).isEmpty());
    }

    @Test
    void aMissingUserOrPasswordIsSaidAtItsField() {
        assertThatThrownBy(() -> calendars.addCalDav("Private", collection, " ", "", true, false))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.problems()).extracting(problem -> problem.field()).containsExactly("user", "password"));
    }

    private List<LocalTime> startsOn(LocalDate day) {
        return bookingService.freeTimesOn(practice.session().id(), day, practice.zone()).stream()
                .map(start -> start.atZone(practice.zone()).toLocalTime()).toList();
    }

    private static String calendar(String uid, LocalDate day, LocalTime from, LocalTime to, String rule) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Berlin:" + LOCAL.format(day.atTime(from)) + "\r\nDTEND;TZID=Europe/Berlin:" + LOCAL.format(day.atTime(to))
                + "\r\n" + rule + "SUMMARY:Private\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}
