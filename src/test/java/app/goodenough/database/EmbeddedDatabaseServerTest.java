package app.goodenough.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.shared.StartupProblem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseServerTest {

    @TempDir Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedPostgres first = new EmbeddedDatabaseServer(dataDir.toString(), 0).start();
                Connection connection = first.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('still here')");
        }

        int fixedPort = freePort();
        try (EmbeddedPostgres second = new EmbeddedDatabaseServer(dataDir.toString(), fixedPort).start();
                Connection connection = second.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(dataDir.resolve("postgres/PG_VERSION")).content().startsWith("17");
            assertThat(second.getPort()).as("the port a second instance is told to use").isEqualTo(fixedPort);
        }
    }

    @Test
    void caseAndOrderFollowPostgresOwnUnicodeRulesNotTheMachinesLocale() throws Exception {
        try (EmbeddedPostgres postgres = new EmbeddedDatabaseServer(dataDir.toString(), 0).start();
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select datlocprovider, datlocale, lower('IRIS@EXAMPLE.ORG') from pg_database where datname = current_database()")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("b");
            assertThat(rows.getString(2)).isEqualTo("C.UTF-8");
            assertThat(rows.getString(3)).isEqualTo("iris@example.org");
        }
    }

    @Test
    void everyCommitReachesTheDiskBeforeItIsConfirmed() throws Exception {
        try (EmbeddedPostgres postgres = new EmbeddedDatabaseServer(dataDir.toString(), 0).start();
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftRunningByAKilledApplicationIsStoppedAndItsDataKept() throws Exception {
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AbandonsItsDatabase.class.getName(), dataDir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(killed.waitFor(2, TimeUnit.MINUTES)).isTrue();
        long abandoned = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(abandoned).map(ProcessHandle::isAlive)).as("the killed application's PostgreSQL runs on").contains(true);

        try (EmbeddedPostgres restarted = new EmbeddedDatabaseServer(dataDir.toString(), 0).start();
                Connection connection = restarted.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the crash");
            assertThat(ProcessHandle.of(abandoned).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    /** A graceful shutdown finishes its requests on a database that is still there; the application stops it last. */
    @Test
    void theServerOutlivesTheStopSignalUntilTheApplicationStopsIt() throws Exception {
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FinishesWorkAfterTheStopSignal.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = application.inputReader()) {
            assertThat(output.lines().filter(line -> line.equals("ready")).findFirst()).isPresent();
            application.toHandle().destroy();
            assertThat(application.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(output.lines().filter(line -> line.startsWith("finished") || line.startsWith("failed")).findFirst())
                    .contains("finished work in flight");
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("stopped by the application at its end").doesNotExist();
    }

    @Test
    void aServerInUseByAnotherApplicationIsLeftAlone() throws Exception {
        try (EmbeddedPostgres running = new EmbeddedDatabaseServer(dataDir.toString(), 0).start()) {
            assertThatThrownBy(() -> new EmbeddedDatabaseServer(dataDir.toString(), 0).start())
                    .isInstanceOf(StartupProblem.class).hasMessageContaining("another running application uses this data folder");
            try (Connection connection = running.getPostgresDatabase().getConnection()) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
            }
        }
    }

    private static String setting(Connection connection, String name) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
