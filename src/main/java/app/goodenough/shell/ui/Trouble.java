package app.goodenough.shell.ui;

import app.goodenough.database.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;

/** What a person is told when the server cannot do what they asked: calm words, no technical detail. */
public enum Trouble {

    DATABASE_AWAY("We'll be right back",
            "The practice's records are taking a short break. Please try again in a minute; nothing you saved is lost, "
                    + "and what you typed is still here.",
            HttpServletResponse.SC_SERVICE_UNAVAILABLE),
    UNEXPECTED("Something went wrong on our side",
            "It has been noted for us to look at. Please try again; what you typed is still here.",
            HttpServletResponse.SC_INTERNAL_SERVER_ERROR);

    final String title;
    final String explanation;
    final int status;

    Trouble(String title, String explanation, int status) {
        this.title = title;
        this.explanation = explanation;
        this.status = status;
    }

    /** Title and explanation as one message, for a notice. */
    public String sentence() {
        return title + ". " + explanation;
    }

    static Trouble of(Throwable failure) {
        return DatabaseOutage.isCauseOf(failure) ? DATABASE_AWAY : UNEXPECTED;
    }
}
