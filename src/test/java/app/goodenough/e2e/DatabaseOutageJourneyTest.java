package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.Application;
import app.goodenough.database.EmbeddedDatabase;
import app.goodenough.support.Browser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The embedded PostgreSQL really stops for ten seconds while readers are booking: a click and a
 * page load in that window get a calm "we'll be right back", the form keeps what was typed,
 * the application recovers by itself when the database returns, and nothing confirmed is lost.
 * The application runs here on a database of its own, so the other tests' database stays up.
 */
class DatabaseOutageJourneyTest {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @TempDir Path dataDir;

    @Test
    void readersAreToldToComeBackAndNothingIsLost() throws Exception {
        SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        EmbeddedPostgres restarted = null;
        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0", "--management.server.port=0",
                "--good-enough.data-dir=" + dataDir, "--good-enough.demo=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            int notesBefore = jdbc.queryForObject("select count(*) from note", Integer.class);
            String before = "before-" + UUID.randomUUID() + "@example.org";
            String during = "during-" + UUID.randomUUID() + "@example.org";

            try (Browser reader = new Browser(port); Browser latecomer = new Browser(port)) {
                fillTheBookingForm(reader, "Early Reader", before);
                reader.clickText("vaadin-button", "Book this session");
                reader.waitForText("You're booked");
                fillTheBookingForm(reader, "Patient Reader", during);

                EmbeddedPostgres postgres = app.getBean(EmbeddedDatabase.class).server().orElseThrow();
                int databasePort = postgres.getPort();
                postgres.close();
                Instant stopped = Instant.now();

                reader.clickText("vaadin-button", "Book this session");
                reader.waitForText("We'll be right back");
                assertThat(reader.script("return document.querySelector('.details-form vaadin-email-field').value")).isEqualTo(during);
                latecomer.visit("/book");
                latecomer.waitForText("We'll be right back");
                assertThat(latecomer.pageText()).doesNotContain("Exception", "at app.goodenough");
                assertThat(health(port)).isEqualTo(503);
                latecomer.open("/login");
                latecomer.find("vaadin-text-field[name='username'] input").sendKeys("coach@example.com");
                latecomer.find("vaadin-password-field[name='password'] input").sendKeys("good-enough-demo\n");
                latecomer.waitForText("We'll be right back");
                assertThat(latecomer.script("return document.querySelector('vaadin-login-form').error")).as("shows 'wrong password'")
                        .isEqualTo(false);

                Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));
                restarted = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                        .setCleanDataDirectory(false).setPort(databasePort).start();

                reader.clickText("vaadin-button", "Book this session");
                reader.waitForText("You're booked");
                latecomer.open("/book");
                latecomer.waitForText("What kind of session?");
                assertThat(health(port)).isEqualTo(200);
            }
            assertThat(jdbc.queryForObject("select count(*) from booking b join account a on a.id = b.client_id where a.email in (?, ?)",
                    Integer.class, before, during)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isEqualTo(notesBefore);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
            if (restarted != null) {
                restarted.close();
            }
        }
    }

    private static void fillTheBookingForm(Browser browser, String name, String email) {
        browser.open("/book");
        browser.find("vaadin-button[aria-label='Coaching session, 50 minutes']").click();
        browser.waitUntilIdle();
        if (!browser.exists(".month-grid button.day-free")) {
            browser.find("vaadin-button[aria-label='Next month']").click();
            browser.waitUntilIdle();
        }
        browser.find(".month-grid button.day-free").click();
        browser.waitUntilIdle();
        browser.find("vaadin-button.time").click();
        browser.waitUntilIdle();
        browser.find(".details-form vaadin-text-field input").sendKeys(name);
        browser.find(".details-form vaadin-email-field input").sendKeys(email);
    }

    private static int health(int port) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
