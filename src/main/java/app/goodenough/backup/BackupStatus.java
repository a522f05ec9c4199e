package app.goodenough.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where backups stand.
 *
 * @param taken whether this application takes backups (it does on its embedded PostgreSQL;
 *     with an external database, backups are the database operator's)
 * @param backups the archives in the folder, newest first
 * @param lastFailure why the last attempt failed, when it did and no backup succeeded since
 */
public record BackupStatus(boolean taken, Path folder, List<BackupFile> backups, Optional<Failure> lastFailure) {

    public record Failure(Instant at, String reason) {
    }

    public Optional<BackupFile> newest() {
        return backups.stream().findFirst();
    }
}
