package app.goodenough.backup;

import app.goodenough.backup.internal.ArchiveLoader;
import app.goodenough.backup.internal.BackupManifest;
import app.goodenough.database.EmbeddedDatabaseServer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar good-enough.jar restore <backup.zip>}: a backup into a fresh data folder.
 * The folder gets a new embedded PostgreSQL whose schema is built by the application's own
 * migrations up to the backup's version, then every table is loaded in one transaction; the next
 * start of the application migrates it on to the current version. A folder that already holds a
 * practice is never written to, and a restore that fails leaves the folder as it found it.
 */
public final class RestoreCommand {

    public static final String NAME = "restore";

    private final String dataDir;
    private final PrintStream out;

    public RestoreCommand(String dataDir, PrintStream out) {
        this.dataDir = dataDir;
        this.out = out;
    }

    /** @return the process's exit status: 0 restored, 1 refused or failed, 2 used wrongly */
    public int run(List<String> arguments) {
        Level before = rootLogLevel(Level.WARN);
        try {
            return restore(arguments);
        } finally {
            rootLogLevel(before);
        }
    }

    private int restore(List<String> arguments) {
        if (arguments.size() != 1) {
            out.println("Usage: java -jar good-enough.jar restore <backup.zip>   (into GOOD_ENOUGH_DATA_DIR, default ./data)");
            return 2;
        }
        Path archive = Path.of(arguments.getFirst()).toAbsolutePath();
        Path cluster = EmbeddedDatabaseServer.postgresFolderIn(dataDir);
        try {
            if (!Files.isReadable(archive)) {
                throw new Refusal("There is no readable backup at " + archive + ".");
            }
            BackupManifest manifest = ArchiveLoader.manifestOf(archive);
            if (Files.exists(cluster.resolve("PG_VERSION"))) {
                throw new Refusal("The data folder " + Path.of(dataDir).toAbsolutePath().normalize() + " already holds a practice. "
                        + "Restore into a fresh folder: set GOOD_ENOUGH_DATA_DIR to a new folder, or move this one aside.");
            }
            restoreInto(archive, manifest, cluster);
            long rows = manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum();
            out.printf("Restored the backup taken at %s (schema version %s): %d rows in %d tables, into %s.%n"
                    + "Start the application with GOOD_ENOUGH_DATA_DIR=%s.%n", manifest.takenAt(), manifest.schemaVersion(), rows,
                    manifest.tables().size(), cluster.getParent(), cluster.getParent());
            return 0;
        } catch (Refusal refused) {
            out.println(refused.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException failed) {
            out.println("The backup could not be restored: " + failed.getMessage());
            return 1;
        }
    }

    private void restoreInto(Path archive, BackupManifest manifest, Path cluster) throws IOException, SQLException, Refusal {
        boolean restored = false;
        try (EmbeddedPostgres postgres = new EmbeddedDatabaseServer(dataDir, 0).start()) {
            Flyway flyway = Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                    .target(MigrationVersion.fromVersion(manifest.schemaVersion())).load();
            requireKnown(flyway, manifest.schemaVersion());
            flyway.migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                ArchiveLoader.load(connection, archive);
            }
            restored = true;
        } finally {
            if (!restored) {
                deleteRecursively(cluster);
            }
        }
    }

    /**
     * Sets the root log level and returns the one before: the command's own sentences are what
     * the person reads, and the libraries' progress would bury them.
     */
    private static Level rootLogLevel(Level level) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            ch.qos.logback.classic.Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
            Level before = root.getLevel();
            root.setLevel(level);
            return before;
        }
        return level;
    }

    private static void requireKnown(Flyway flyway, String version) throws Refusal {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        boolean known = Arrays.stream(flyway.info().all()).anyMatch(migration -> wanted.equals(migration.getVersion()));
        if (!known) {
            throw new Refusal("The backup was taken by a newer version of Good Enough (schema version " + version
                    + "); restore it with that version's jar.");
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A restore that is not attempted, with what to do instead. */
    private static final class Refusal extends Exception {

        Refusal(String message) {
            super(message);
        }
    }
}
