package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Demo;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.TestClients;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in form as another site, or a script, would post it: without the page's token it
 * signs nobody in (a foreign page cannot sign a visitor in as the attacker), and a made-up
 * {@code X-Forwarded-For} changes neither the throttle's count nor what the security log records.
 */
@IntegrationTest
class SignInOverHttpTest {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClients testClients;

    @Test
    void aSignInWithoutThePagesTokenIsRefusedAndOneWithItWorks() throws Exception {
        try (HttpClient browser = browser()) {
            HttpResponse<String> forged = post(browser, Demo.COACH, Demo.PASSWORD, null, null);
            assertThat(forged.headers().firstValue("Location")).as("not signed in and sent home")
                    .hasValueSatisfying(location -> assertThat(location).doesNotEndWith("/home"));
            assertThat(browser.send(get("/coach/notes"), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location"))
                    .as("a page for the coach sends this browser to sign in").hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

            String token = tokenOf(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> real = post(browser, Demo.COACH, Demo.PASSWORD, token, null);
            assertThat(real.statusCode()).isEqualTo(302);
            assertThat(real.headers().firstValue("Location")).as("signed in and sent on to the page asked for")
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/coach/notes?continue"));
        }
    }

    @Test
    void aMadeUpForwardedAddressNeitherEscapesTheThrottleNorReachesTheLog() throws Exception {
        String email = testClients.withPassword("Guessed Client", "a long walk home");
        try (HttpClient browser = browser()) {
            for (int i = 0; i < 5; i++) {
                String token = tokenOf(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
                HttpResponse<String> wrong = post(browser, email, "not the password " + i, token, "198.51.100." + i);
                assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
            }
            String token = tokenOf(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> sixth = post(browser, email, "not the password", token, "198.51.100.99");

            assertThat(sixth.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login?wait="));
        }
        assertThat(jdbc.queryForList("""
                select e.address from security_event e join account a on a.id = e.account_id
                where e.kind = 'SIGN_IN_FAILED' and a.email = ?
                """, String.class, email)).hasSize(5).allSatisfy(address -> assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    private HttpResponse<String> post(HttpClient browser, String email, String password, String token, String forwardedFor)
            throws Exception {
        String form = "username=" + encode(email) + "&password=" + encode(password) + (token == null ? "" : "&_csrf=" + encode(token));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String tokenOf(String page) {
        Matcher found = TOKEN.matcher(page);
        assertThat(found.find()).as("the sign-in page carries its token").isTrue();
        return found.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
