package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClock;
import app.goodenough.support.pages.AppointmentDialogPage;
import app.goodenough.support.pages.CalendarPage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions in a series: the coach books Sam every Thursday at 15:00, eight times, with the fourth
 * Thursday blocked, and books the free ones only; Sam sees seven in My sessions and cancels the
 * third; the coach's weeks show the rest.
 */
class SeriesJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired JdbcTemplate jdbc;

    @Test
    void theCoachBooksSamEightThursdaysButTheBlockedOneSamCancelsTheThirdAndTheCoachsWeeksShowTheRest() {
        LocalDate first = TestClock.get().today(BERLIN).plusDays(91).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        signIn(Demo.COACH, Demo.PASSWORD);
        CalendarPage calendar = new CalendarPage(browser).open("week", first.plusWeeks(3)).blockSuggestedHours();
        assertThat(calendar.showsABlock()).isTrue();

        AppointmentDialogPage dialog = calendar.open("week", first).newAppointment().forClient("Sam").at("15:00").weeklySeriesOf(8);
        List<String> sessions = dialog.seriesSessions();
        assertThat(sessions).hasSize(8);
        assertThat(sessions.get(3)).endsWith("overlaps blocked time");
        assertThat(sessions).filteredOn(session -> session.endsWith("· free")).hasSize(7);
        browser.waitForText("7 of 8 sessions are free. Book the free ones only, or change the time.");
        browser.assertAccessible("a series listed before booking");
        browser.screenshot("series-preview");
        dialog.bookTheFreeSessions();
        assertThat(calendar.entries()).anySatisfy(entry -> assertThat(entry).startsWith("Sam").contains("· 1 of 8"));

        browser.driver().manage().deleteAllCookies();
        signIn(Demo.SAM, Demo.PASSWORD);
        browser.open("/my/sessions");
        browser.waitForText("Session 8 of 8 · every week");
        assertThat(browser.script("return [...document.querySelectorAll('.client-session .series-place')]"
                + ".filter(place => place.textContent.endsWith(' of 8 · every week')).length;")).isEqualTo(7L);
        browser.screenshot("my-sessions-series");
        browser.script("[...document.querySelectorAll('.client-session')].find(s => s.textContent.includes('Session 3 of 8'))"
                + ".querySelector('a[href^=\"manage/\"]').click();");
        browser.waitForText("Cancel this and all later ones");
        assertThat(browser.pageText()).contains("Session 3 of 8 · every week");
        browser.clickText("vaadin-button", "Cancel this session");
        browser.clickText("vaadin-button", "Cancel the session");
        browser.waitForText("This session is cancelled.");

        browser.driver().manage().deleteAllCookies();
        signIn(Demo.COACH, Demo.PASSWORD);
        assertThat(calendar.open("week", first.plusWeeks(2)).entryClasses("Sam")).contains("status-cancelled");
        assertThat(calendar.open("week", first.plusWeeks(3)).entries()).noneMatch(entry -> entry.startsWith("Sam"));
        assertThat(calendar.open("week", first.plusWeeks(4)).entries()).anySatisfy(entry -> assertThat(entry).contains("· 5 of 8"));
        assertThat(calendar.entryClasses("Sam")).contains("status-booked");
        browser.screenshot("coach-week-of-the-fifth");
        assertThat(jdbc.queryForList("""
                select b.status from booking b join account a on a.id = b.client_id
                 where a.email = ? and b.series_id is not null and b.starts_at >= ? order by b.series_position""", String.class,
                Demo.SAM, first.atStartOfDay(BERLIN).toOffsetDateTime()))
                .containsExactly("BOOKED", "BOOKED", "CANCELLED", "BOOKED", "BOOKED", "BOOKED", "BOOKED");
    }
}
