package app.goodenough.database;

import java.sql.SQLException;

/** Recognises PostgreSQL's refusals by their SQL state, wherever they sit in an exception's causes. */
public final class DatabaseRefusals {

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseRefusals() {
    }

    /** Two rows that an exclusion constraint keeps apart, such as overlapping bookings. */
    public static boolean isOverlap(Throwable failure) {
        return hasState(failure, EXCLUSION_VIOLATION);
    }

    public static boolean isDuplicate(Throwable failure) {
        return hasState(failure, UNIQUE_VIOLATION);
    }

    private static boolean hasState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
