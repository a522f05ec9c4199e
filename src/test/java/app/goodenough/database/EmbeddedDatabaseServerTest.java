package app.goodenough.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
