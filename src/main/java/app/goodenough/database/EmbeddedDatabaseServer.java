package app.goodenough.database;

import app.goodenough.shared.StartupProblem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a data directory that is kept between runs, writing every
 * commit to disk before it is confirmed: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on, so that a crash of the operating system loses nothing a person
 * was told is saved. A server left running by an application that was killed is shut down first.
 * The server is stopped by whoever started it, not by a shutdown hook of its own: the JVM runs its
 * hooks at once, and the application's graceful shutdown still finishes its requests on it.
 */
public final class EmbeddedDatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final Path dataDirectory;
    private final int port;

    /** @param port the port to listen on, or 0 for any free one */
    public EmbeddedDatabaseServer(String dataDir, int port) {
        this.dataDirectory = postgresFolderIn(dataDir);
        this.port = port;
    }

    /** The server the application's settings describe: {@code good-enough.data-dir} and {@code good-enough.database-port}. */
    static EmbeddedDatabaseServer configuredIn(Environment environment) {
        return new EmbeddedDatabaseServer(environment.getRequiredProperty("good-enough.data-dir"),
                environment.getRequiredProperty("good-enough.database-port", Integer.class));
    }

    /** Where the database cluster lives inside the application's data folder. */
    public static Path postgresFolderIn(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
    }

    /**
     * A new database cluster that sorts and changes case the same on every machine: PostgreSQL's
     * own Unicode rules ("builtin" C.UTF-8) rather than the operating system's locale, under which
     * a Turkish machine would lower-case the "I" of an email address to "ı".
     */
    public static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8");
    }

    /** Starts the server; the application's own data is never started without durable writes. */
    public EmbeddedPostgres start() {
        try {
            Files.createDirectories(dataDirectory);
            new LeftoverServer(dataDirectory).stopIfAbandoned();
            EmbeddedPostgres.Builder builder = builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL is running on port {} and keeps its data in {}", postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new StartupProblem(
                    "The embedded PostgreSQL could not start with its data in " + dataDirectory + ": " + e.getMessage(),
                    "Set GOOD_ENOUGH_DATA_DIR to a writable folder, or SPRING_DATASOURCE_URL to an external PostgreSQL 17.",
                    e);
        }
    }
}
