package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.shared.DateFormats;
import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.RadicaleServer;
import app.goodenough.support.TestClock;
import app.goodenough.support.pages.BookingPage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Calendar sync, both ways: the coach adds her Radicale calendar (a weekly Tuesday 10:00 event and
 * a one-off afternoon), sees its busy times grey in her week, and the reader's booking page no
 * longer offers either; she makes her
 * private feed address, a reader books, and the feed fetched as a calendar app fetches it lists
 * the session; the reader cancels it by the link on their confirmation, and the feed lists it
 * as cancelled.
 */
class CalendarFeedJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final DateFormats FORMATS = DateFormats.of(Browser.LOCALE);
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @LocalServerPort int port;

    @Test
    void herOtherCalendarKeepsReadersAwayAndHerFeedListsABookingAndItsCancellation() throws Exception {
        LocalDate tuesday = TestClock.get().today(BERLIN).plusDays(29).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        String password = "app-" + UUID.randomUUID();
        try (RadicaleServer radicale = new RadicaleServer("maren", password)) {
            String collection = radicale.calendar("private");
            radicale.put(collection, "physio", event("physio", tuesday.minusWeeks(2).atTime(10, 0).format(LOCAL),
                    tuesday.minusWeeks(2).atTime(11, 0).format(LOCAL), "RRULE:FREQ=WEEKLY;BYDAY=TU\r\n"));
            radicale.put(collection, "school-play", event("school-play", tuesday.atTime(14, 0).format(LOCAL), tuesday.atTime(16, 0).format(LOCAL), ""));

            signIn(Demo.COACH, Demo.PASSWORD);
            browser.open("/coach/calendar-sync");
            addCalDavCalendar(collection, password);
            browser.waitForText("Private · 127.0.0.1");
        }
        browser.open("/coach/calendar?view=week&date=" + tuesday);
        assertThat(browser.find(".busy-elsewhere").getText()).isEqualTo("Busy in another calendar");
        browser.screenshot("busy-elsewhere");
        browser.open("/coach/calendar-sync");
        try (Browser reader = new Browser(port)) {
            List<String> times = new BookingPage(reader).open().chooseSessionType(BookingPage.COACHING_SESSION).inZone("Europe/Berlin")
                    .chooseDay(FORMATS.dayOfYear(tuesday)).times();
            assertThat(times).contains("09:00", "11:00", "16:00").doesNotContain("09:30", "10:00", "10:30", "13:30", "14:00", "15:00", "15:30");
        }

        browser.clickText("vaadin-button", "Make my calendar address");
        String shown = (String) browser.script("return document.querySelector('.feed-panel vaadin-text-field').value");
        String address = "http://localhost:" + port + URI.create(shown).getPath();
        browser.screenshot("calendar-sync");

        String name = "Fern " + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
        try (Browser reader = new Browser(port)) {
            new BookingPage(reader).open().chooseSessionType(BookingPage.COACHING_SESSION).inZone("Europe/Berlin")
                    .chooseDay(FORMATS.dayOfYear(tuesday)).chooseTime("11:00").book(name, "feed-" + UUID.randomUUID() + "@example.org");
            assertThat(statusIn(address, name)).hasValue("CONFIRMED");

            reader.find("a.manage-link").click();
            reader.waitForText("Your Coaching session");
            reader.clickText("vaadin-button", "Cancel this session");
            reader.clickText("vaadin-button", "Cancel the session");
            reader.waitForText("This session is cancelled.");
        }
        assertThat(statusIn(address, name)).hasValue("CANCELLED");
    }

    private void addCalDavCalendar(String collection, String password) {
        browser.script("[...document.querySelectorAll('.busy-calendars vaadin-checkbox')].find(box => box.textContent.includes('CalDAV'))"
                + ".querySelector('label').click()");
        browser.waitUntilIdle();
        browser.find(".busy-calendars vaadin-password-field");
        browser.script("""
                const [name, address, user] = document.querySelectorAll('.busy-calendars vaadin-text-field');
                const password = document.querySelector('.busy-calendars vaadin-password-field');
                [[name, 'Private'], [address, arguments[0]], [user, 'maren'], [password, arguments[1]]].forEach(([field, value]) => {
                  field.value = value;
                  field.dispatchEvent(new Event('change'));
                });
                """, collection, password);
        browser.waitUntilIdle();
        browser.clickText("vaadin-button", "Add calendar");
    }

    private static String event(String uid, String start, String end, String rule) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Berlin:" + start + "\r\nDTEND;TZID=Europe/Berlin:" + end + "\r\n" + rule
                + "SUMMARY:Private\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** The STATUS of the event whose title starts with {@code name} in the feed at {@code address}, as a calendar app reads it. */
    private static Optional<String> statusIn(String address, String name) throws Exception {
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(response.body())).<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getProperty("SUMMARY").orElseThrow().getValue().startsWith(name))
                .map(event -> event.getProperty("STATUS").orElseThrow().getValue())
                .findFirst();
    }
}
