package app.goodenough.support;

import app.goodenough.database.EmbeddedDatabaseServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests run on, started once per test JVM: {@code TEST_DATABASE_URL} when
 * set, else PostgreSQL 17 in Testcontainers when a Docker engine answers, else the embedded
 * PostgreSQL 17. Never an in-memory imitation.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password, String kind) {

        /** The {@code --spring.datasource.*} arguments that start an application on this database, followed by {@code more}. */
        public String[] asArguments(String... more) {
            return Stream.concat(Stream.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + Objects.toString(username, ""),
                    "--spring.datasource.password=" + Objects.toString(password, "")), Stream.of(more)).toArray(String[]::new);
        }
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    /** A new, empty database on the tests' PostgreSQL server, for an application of its own. */
    public static Connection freshDatabase(String purpose) {
        Connection server = connection();
        String name = purpose + "_" + UUID.randomUUID().toString().replace("-", "");
        try (java.sql.Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return new Connection(server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), server.username(), server.password(),
                server.kind());
    }

    private static Connection start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, System.getenv("TEST_DATABASE_USERNAME"), System.getenv("TEST_DATABASE_PASSWORD"),
                    "TEST_DATABASE_URL");
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedDatabaseServer.builder().start();
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL for the tests did not start", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
