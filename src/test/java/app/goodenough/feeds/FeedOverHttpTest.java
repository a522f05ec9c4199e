package app.goodenough.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.IntegrationTest;
import app.goodenough.support.SignIn;
import app.goodenough.support.TestPractice;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A calendar app fetches the feed as it does: no sign-in, no cookies, and again with the ETag it was given. */
@IntegrationTest
class FeedOverHttpTest {

    @LocalServerPort int port;
    @Autowired TestPractice testPractice;
    @Autowired SignIn signIn;
    @Autowired CalendarFeedService feeds;
    String path;

    @BeforeEach
    void aCoachsFeedWithOneSession() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        testPractice.bookFirstFreeTime(practice, 3);
        signIn.as(practice.coach().email());
        String https = feeds.makeNewAddress().https();
        path = https.substring(https.indexOf(CalendarFeedService.PATH));
        signIn.out();
    }

    @AfterEach
    void closePractice() {
        testPractice.closeAll();
    }

    @Test
    void theFeedIsServedToAnyoneWithItsAddressAndAnUnchangedOneIsAnswered304() throws Exception {
        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(first.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "Test Reader · Coaching session");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(path, "If-None-Match", "\"something else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongAddressIsA404WithoutAPageOrTheApplication() throws Exception {
        for (String wrong : new String[] {path.replace(".ics", ""), path.substring(0, path.length() - 8) + "AAAA.ics", "/feeds/", "/feeds/x.ics"}) {
            HttpResponse<String> response = get(wrong);
            assertThat(response.statusCode()).as(wrong).isEqualTo(404);
            assertThat(response.body()).as(wrong).startsWith("There is no calendar at this address").doesNotContain("<html", "Vaadin");
        }
    }

    private HttpResponse<String> get(String address, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + address));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
