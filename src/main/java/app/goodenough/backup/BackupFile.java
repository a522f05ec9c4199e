package app.goodenough.backup;

import java.nio.file.Path;
import java.time.Instant;

/** One backup archive in the backup folder. */
public record BackupFile(Path path, BackupKind kind, Instant takenAt, long sizeBytes) {
}
