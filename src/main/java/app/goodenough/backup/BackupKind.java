package app.goodenough.backup;

import java.util.Locale;

/** Why a backup was taken, which decides how long it is kept. */
public enum BackupKind {
    /** Taken every night; the last 14, and the newest of each of the last 8 weeks, are kept. */
    DAILY,
    /** Taken by the admin; the last 8 are kept. */
    ON_REQUEST,
    /** Taken before the schema was changed by a new version; the last 8 are kept. */
    BEFORE_UPGRADE;

    /** The kind as it appears in a backup's file name. */
    public String fileWord() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the admin page names it. */
    public String label() {
        return switch (this) {
            case DAILY -> "Nightly";
            case ON_REQUEST -> "Taken on request";
            case BEFORE_UPGRADE -> "Before an upgrade";
        };
    }
}
