package app.goodenough.backup;

/** A backup could not be taken; nothing was left in the folder under a backup's name. */
public class BackupFailedException extends RuntimeException {

    public BackupFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
