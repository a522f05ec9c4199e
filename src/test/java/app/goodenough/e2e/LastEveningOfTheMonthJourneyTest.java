package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingService;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.DateFormats;
import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.pages.BookingPage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 2 on the evening of the last day of a month, with the application's clock there: the
 * reader who follows the call to action starts in the next month, at the first free time, which
 * the page names and opens with one click, and books it.
 */
class LastEveningOfTheMonthJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateFormats FORMATS = DateFormats.of(Browser.LOCALE);

    @Autowired BookingService bookingService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theReaderStartsAtTheFirstFreeTimeOfTheNextMonthAndBooksIt() {
        TestClock.get().freezeAt(ZonedDateTime.of(2026, 11, 30, 18, 0, 0, 0, BERLIN));
        Instant first = bookingService.openings(coachingSession()).firstFree().orElseThrow();
        ZonedDateTime firstHere = first.atZone(BERLIN);
        assertThat(firstHere.getMonthValue()).isEqualTo(12);

        browser.visit("/");
        browser.find("aside.call-to-action a.button").click();
        browser.waitUntilIdle();
        BookingPage booking = new BookingPage(browser).chooseSessionType(BookingPage.COACHING_SESSION).inZone(BERLIN.getId());
        assertThat(booking.monthTitle()).isEqualTo("December 2026");
        assertThat(booking.firstFreeDay().getAttribute("data-choice")).isEqualTo(firstHere.toLocalDate().toString());
        assertThat(booking.nextFreeText()).isEqualTo("Next free time: " + FORMATS.day(firstHere) + ", " + FORMATS.time(firstHere));

        String email = "evening-" + UUID.randomUUID() + "@example.org";
        booking.followNextFree().chooseTime(FORMATS.time(firstHere)).book("Evening Reader", email);

        assertThat(browser.pageText()).contains(FORMATS.longMoment(firstHere) + "–" + FORMATS.time(firstHere.plusMinutes(50)) + " (Europe/Berlin)");
        assertThat(jdbc.queryForObject("select b.starts_at from booking b join account a on a.id = b.client_id where a.email = ?",
                OffsetDateTime.class, email).toInstant()).isEqualTo(first);
    }

    private SessionTypeId coachingSession() {
        return new SessionTypeId(jdbc.queryForObject("""
                select t.id from session_type t join account a on a.id = t.coach_id
                where a.email = 'coach@example.com' and t.name = 'Coaching session'
                """, UUID.class));
    }
}
