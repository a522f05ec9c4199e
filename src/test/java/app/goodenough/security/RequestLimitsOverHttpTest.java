package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.notes.NoteDraftCheck;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a client without an account can send, and from where: a body or a text longer than any
 * form here needs is refused before it reaches a page (413), and another site's page is refused
 * at Vaadin's endpoints, push and its websocket upgrade included (403).
 */
@IntegrationTest
class RequestLimitsOverHttpTest {

    @LocalServerPort int port;

    @Test
    void aBodyLargerThanAnyFormNeedsIsRefused() throws Exception {
        String body = "{\"csrfToken\":\"x\",\"rpc\":[],\"padding\":\"" + "y".repeat(3_000) + "\",\"more\":\"" + "z".repeat(70_000) + "\"}";

        assertThat(post("/?v-r=uidl&v-uiId=0", body, null).statusCode()).isEqualTo(413);
    }

    @Test
    void aTextLongerThanTheLongestFieldIsRefusedEvenInASmallBody() throws Exception {
        String body = "{\"rpc\":[{\"type\":\"mSync\",\"node\":5,\"property\":\"value\",\"value\":\"" + "y".repeat(5_000) + "\"}]}";

        assertThat(post("/?v-r=uidl&v-uiId=0", body, null).statusCode()).isEqualTo(413);
        assertThat(RequestSizeLimitFilter.longestText(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(5_000);
        assertThat(RequestSizeLimitFilter.longestText("{\"unterminated".getBytes(StandardCharsets.UTF_8))).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theLimitsLeaveRoomForEveryField() {
        assertThat(RequestSizeLimitFilter.ANONYMOUS_TEXT).isGreaterThanOrEqualTo(BookingRequest.MAX_MESSAGE_LENGTH);
        assertThat(RequestSizeLimitFilter.SIGNED_IN_TEXT).isGreaterThanOrEqualTo(NoteDraftCheck.MAX_BODY_LENGTH);
        assertThat(RequestSizeLimitFilter.SIGNED_IN_BYTES).isGreaterThanOrEqualTo(4 * NoteDraftCheck.MAX_BODY_LENGTH);
    }

    @Test
    void anotherSitesPageIsRefusedAtPushAndAtTheSignInForm() throws Exception {
        String push = "/?v-r=push&v-uiId=0&v-pushId=x&X-Atmosphere-tracking-id=0&X-Atmosphere-Transport=long-polling";
        assertThat(get(push, "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(get(push, "http://localhost:" + port).statusCode()).isNotEqualTo(403);
        assertThat(post("/login", "username=a&password=b", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(get(push, "null").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherSitesPageCannotOpenTheWebsocket() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /?v-r=push&v-uiId=0&v-pushId=x HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Origin: https://evil.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 403");
        }
    }

    private HttpResponse<String> get(String path, String origin) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Origin", origin).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> post(String path, String body, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", path.startsWith("/login") ? "application/x-www-form-urlencoded" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
