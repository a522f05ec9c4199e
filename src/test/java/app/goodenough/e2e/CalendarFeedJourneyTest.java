package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.pages.BookingPage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coach's calendar app and her feed: she makes her private address, a reader books, the feed
 * fetched as a calendar app fetches it (no sign-in, no cookies) lists the session; the reader
 * cancels it by the link on their confirmation, and the feed lists it as cancelled.
 */
class CalendarFeedJourneyTest extends BrowserTest {

    @LocalServerPort int port;

    @Test
    void theCoachsFeedListsABookingMadeMeanwhileAndThenItsCancellation() throws Exception {
        signIn(Demo.COACH, Demo.PASSWORD);
        browser.open("/coach/calendar-sync");
        browser.clickText("vaadin-button", "Make my calendar address");
        String shown = (String) browser.script("return document.querySelector('.feed-panel vaadin-text-field').value");
        assertThat(URI.create(shown).getPath()).startsWith("/feeds/").endsWith(".ics");
        String address = "http://localhost:" + port + URI.create(shown).getPath();
        browser.screenshot("calendar-sync");

        String name = "Fern " + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
        try (Browser reader = new Browser(port)) {
            BookingPage booking = new BookingPage(reader).open().chooseSessionType(BookingPage.COACHING_SESSION).nextMonth().chooseFirstFreeDay();
            booking.chooseFirstTime();
            booking.book(name, "feed-" + UUID.randomUUID() + "@example.org");
            assertThat(statusIn(address, name)).hasValue("CONFIRMED");

            reader.find("a.manage-link").click();
            reader.waitForText("Your Coaching session");
            reader.clickText("vaadin-button", "Cancel this session");
            reader.clickText("vaadin-button", "Cancel the session");
            reader.waitForText("This session is cancelled.");
        }
        assertThat(statusIn(address, name)).hasValue("CANCELLED");
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
