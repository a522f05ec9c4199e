package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.shared.DateFormats;
import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClock;
import app.goodenough.support.pages.BookingPage;
import app.goodenough.support.pages.CalendarPage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys 4 and 7: the coach adds evening hours on Tuesdays, a reader books one of them, the
 * coach finds the booking in the week view and marks it completed, then blocks the afternoon,
 * which readers can no longer book.
 */
class CoachWeekJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateFormats FORMATS = DateFormats.of(Browser.LOCALE);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCoachOpensTuesdayEveningsSeesTheBookingBlocksTheAfternoonAndCompletesItOnceItHasBegun() {
        LocalDate tuesday = TestClock.get().today(BERLIN).plusDays(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        signIn(Demo.COACH, Demo.PASSWORD);
        browser.open("/coach/availability");
        browser.click("vaadin-button[aria-label='Add hours to Tuesday']");
        List<WebElement> times = tuesdayRow().findElements(By.cssSelector(".interval:last-child vaadin-time-picker input"));
        type(times.get(0), "18:00");
        type(times.get(1), "19:00");
        browser.clickText("vaadin-button", "Save hours and rules");
        browser.waitForText("Saved. New slots follow these hours.");

        String email = "evening-" + UUID.randomUUID() + "@example.org";
        try (Browser reader = new Browser(port)) {
            BookingPage booking = new BookingPage(reader);
            assertThat(freeTimesFor(booking, tuesday)).contains("18:00");
            booking.chooseTime("18:00").book("Evening Reader", email);
        }

        CalendarPage calendar = new CalendarPage(browser).open("week", tuesday);
        assertThat(calendar.blockSuggestedHours().showsABlock()).isTrue();
        try (Browser reader = new Browser(port)) {
            assertThat(freeTimesFor(new BookingPage(reader), tuesday)).noneMatch(time -> time.compareTo("13:00") >= 0 && time.compareTo("17:00") < 0);
        }

        TestClock.get().runFrom(tuesday.atTime(18, 5).atZone(BERLIN));
        signIn(Demo.COACH, Demo.PASSWORD);
        calendar.open("week", tuesday).openSession("Evening Reader").markCompleted();
        assertThat(calendar.entryClasses("Evening Reader")).contains("status-completed");
        assertThat(jdbc.queryForObject("select b.status from booking b join account a on a.id = b.client_id where a.email = ?",
                String.class, email)).isEqualTo("COMPLETED");
    }

    private WebElement tuesdayRow() {
        return browser.driver().findElements(By.cssSelector(".hours-list")).stream()
                .filter(row -> row.findElement(By.cssSelector(".hours-label")).getText().equals("Tuesday"))
                .findFirst().orElseThrow();
    }

    private void type(WebElement input, String time) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), time, Keys.ENTER);
        browser.waitUntilIdle();
    }

    private static List<String> freeTimesFor(BookingPage booking, LocalDate day) {
        return booking.open().chooseSessionType(BookingPage.COACHING_SESSION).inZone("Europe/Berlin").chooseDay(FORMATS.dayOfYear(day)).times();
    }
}
