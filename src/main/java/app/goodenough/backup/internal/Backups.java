package app.goodenough.backup.internal;

import app.goodenough.backup.BackupFailedException;
import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupKind;
import app.goodenough.backup.BackupStatus;
import app.goodenough.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes backups of the practice's database into the backup folder, one at a time, and keeps the
 * folder within {@link BackupRetention}. With {@code good-enough.backup.enabled=auto} backups are
 * taken when the application runs its own embedded PostgreSQL, and not with an external one.
 */
@Component
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final BackupFolder folder;
    private final boolean taken;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final AtomicReference<BackupStatus.Failure> lastFailure = new AtomicReference<>();

    public Backups(DataSource dataSource, Clock clock, EmbeddedDatabase embedded,
            @Value("${good-enough.backup.enabled}") String enabled, @Value("${good-enough.backup.folder}") Path folder) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.folder = new BackupFolder(folder);
        this.taken = switch (enabled.strip()) {
            case "auto", "" -> embedded.isRunning();
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("good-enough.backup.enabled is auto, true or false, not " + enabled);
        };
    }

    public boolean taken() {
        return taken;
    }

    public BackupStatus status() {
        return new BackupStatus(taken, folder.path(), list(), Optional.ofNullable(lastFailure.get()));
    }

    /**
     * Takes a backup now, then deletes those no longer kept.
     *
     * @throws BackupFailedException when it could not be written; the reason is kept for the admin page and health
     */
    public BackupFile take(BackupKind kind) {
        oneAtATime.lock();
        Instant takenAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            BackupFile backup = folder.write(kind, takenAt, out -> {
                try {
                    ArchiveWriter.write(connection, out, takenAt);
                } catch (SQLException failed) {
                    throw new IOException(failed.getMessage(), failed);
                }
            });
            lastFailure.set(null);
            log.info("Backup {} taken: {} bytes", backup.path().getFileName(), backup.sizeBytes());
            deleteThoseNoLongerKept();
            return backup;
        } catch (IOException | SQLException | RuntimeException failed) {
            String reason = failed.getClass().getSimpleName() + ": " + failed.getMessage();
            lastFailure.set(new BackupStatus.Failure(takenAt, reason));
            log.error("Backup into {} failed: {}", folder.path(), reason);
            throw new BackupFailedException(reason, failed);
        } finally {
            oneAtATime.unlock();
        }
    }

    private void deleteThoseNoLongerKept() throws IOException {
        for (BackupFile old : BackupRetention.toDelete(folder.all())) {
            folder.delete(old);
            log.info("Backup {} deleted: no longer kept", old.path().getFileName());
        }
    }

    private List<BackupFile> list() {
        try {
            return folder.all().stream().sorted(Comparator.comparing(BackupFile::takenAt).reversed()).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
