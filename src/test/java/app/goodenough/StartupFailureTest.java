package app.goodenough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Bad configuration ends the start with one clear message, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void anUnreachableDatabaseIsNamedInOneSentence(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/good_enough"));

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .contains("Cannot reach the database at jdbc:postgresql://127.0.0.1:1/good_enough:")
                .contains("Check that PostgreSQL is running there");
        assertThat(stackFrames(output)).isZero();
    }

    @Test
    void aMalformedDatabaseUrlSaysWhatFormToUse(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.datasource.url=postgres://localhost/good_enough"));

        assertThat(output.getOut()).contains("SPRING_DATASOURCE_URL 'postgres://localhost/good_enough' is not a PostgreSQL JDBC URL.");
        assertThat(stackFrames(output)).isZero();
    }

    @Test
    void anUnknownTimeZoneForTheFirstCoachNamesTheSettingAndStoresNothing(CapturedOutput output) {
        TestDatabase.Connection db = TestDatabase.connection();

        assertThatThrownBy(() -> start(db.asArguments(
                "--good-enough.first.coach.email=first-coach@example.org",
                "--good-enough.first.coach.password=a long walk home",
                "--good-enough.first.coach.time-zone=Mars/Olympus_Mons")));

        assertThat(output.getOut()).contains("The first coach account cannot be created: "
                + "GOOD_ENOUGH_COACH_TIME_ZONE: Choose a time zone such as Europe/Berlin.");
        assertThat(stackFrames(output)).isZero();
    }

    /**
     * Starts the application, and should it start after all, stops it again so that the test
     * fails alone. A start that gets as far as Spring Security replaces the JVM-wide security
     * context strategy, which the shared test application still uses; it is put back afterwards.
     */
    private static void start(String... args) {
        SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            SpringApplication.run(Application.class, concat(args, "--server.port=0", "--management.server.port=0", "--good-enough.demo=false")).close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static long stackFrames(CapturedOutput output) {
        return output.getAll().lines().filter(line -> line.startsWith("\tat ")).count();
    }
}
