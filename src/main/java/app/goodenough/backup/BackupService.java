package app.goodenough.backup;

import app.goodenough.backup.internal.Backups;
import app.goodenough.identity.Roles;
import app.goodenough.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The admin's view of backups: where they stand, and one taken now. */
@Service
public class BackupService {

    private final Backups backups;

    public BackupService(Backups backups) {
        this.backups = backups;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public BackupStatus status() {
        return backups.status();
    }

    /**
     * @throws InvalidInputException when backups are the external database operator's
     * @throws BackupFailedException when the backup could not be written
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public BackupFile takeNow() {
        if (!backups.taken()) {
            throw new InvalidInputException("backup", "This practice runs on an external PostgreSQL; its operator takes the backups.");
        }
        return backups.take(BackupKind.ON_REQUEST);
    }
}
