package app.goodenough.database;

import app.goodenough.shared.Causes;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/** Tells a database that is not answering (stopped, restarting, unreachable) from every other failure. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        return Causes.anyMatch(failure, cause -> cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof SQLTransientConnectionException || isConnectionState(cause));
    }

    /** SQL states of class 08 (connection exception) and 57P (the server is shutting down or starting). */
    private static boolean isConnectionState(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }
}
