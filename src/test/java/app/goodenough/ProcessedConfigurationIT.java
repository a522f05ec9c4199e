package app.goodenough;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.database.EmbeddedDatabase;
import app.goodenough.mailserver.MailServer;
import app.goodenough.support.Browser;
import app.goodenough.support.TestDatabase;
import app.goodenough.support.TestMail;
import app.goodenough.support.pages.BookingPage;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The configuration the build processed ahead of time (Spring AOT), started as the packaged jar
 * starts it: one processed configuration serves an external PostgreSQL with a mail server and the
 * embedded PostgreSQL without one, each start deciding for itself, and Vaadin's pages answer from
 * it. Runs after packaging (failsafe), with {@code spring.aot.enabled=true}.
 */
class ProcessedConfigurationIT {

    private final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @TempDir Path dataDir;

    @AfterEach
    void restoreTheSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void onAnExternalDatabaseWithAMailServerAReaderBooksAndGetsTheLetter() {
        TestDatabase.Connection database = TestDatabase.freshDatabase("processed_configuration");
        try (ConfigurableApplicationContext app = start(database.asArguments(
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(), "--good-enough.mail.poll-interval=200ms"))) {
            assertProcessedAheadOfTime(app);
            assertThat(app.getBean(EmbeddedDatabase.class).isRunning()).isFalse();
            assertThat(app.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo(database.url());
            assertThat(app.getBean(MailServer.class).sender()).isPresent();

            String reader = "processed-" + UUID.randomUUID() + "@example.org";
            try (Browser browser = new Browser(portOf(app))) {
                BookingPage booking = new BookingPage(browser).open().chooseSessionType(BookingPage.COACHING_SESSION).followNextFree();
                booking.chooseFirstTime();
                booking.book("Processed Reader", reader);
            }
            List<MimeMessage> letters = Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> TestMail.receivedBy(reader), received -> !received.isEmpty());
            assertThat(letters).hasSize(1);
        }
    }

    @Test
    void withoutAnExternalDatabaseTheEmbeddedOneStartsAndMessagesWaitInTheOutbox() {
        try (ConfigurableApplicationContext app = start("--good-enough.data-dir=" + dataDir)) {
            assertProcessedAheadOfTime(app);
            assertThat(app.getBean(EmbeddedDatabase.class).isRunning()).isTrue();
            assertThat(app.getBean(MailServer.class).sender()).isEmpty();
            assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
            try (Browser browser = new Browser(portOf(app))) {
                browser.open("/book");
                browser.waitForText("What kind of session?");
            }
        }
    }

    /** As {@code java -jar} starts it; the processed configuration is found by the main class's name. */
    private static ConfigurableApplicationContext start(String... settings) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setMainApplicationClass(Application.class);
        return application.run(Stream.concat(
                Stream.of("--server.port=0", "--management.server.port=0", "--good-enough.demo=true"), Stream.of(settings)).toArray(String[]::new));
    }

    /** Started from generated bean definitions: the configuration classes were not read again. */
    private static void assertProcessedAheadOfTime(ConfigurableApplicationContext app) {
        assertThat(AotDetector.useGeneratedArtifacts()).as("spring.aot.enabled").isTrue();
        assertThat(app.containsBeanDefinition(AnnotationConfigUtils.CONFIGURATION_ANNOTATION_PROCESSOR_BEAN_NAME)).isFalse();
    }

    private static int portOf(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
