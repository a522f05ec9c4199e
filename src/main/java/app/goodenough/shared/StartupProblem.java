package app.goodenough.shared;

/**
 * A configuration or environment problem that stops the application from starting. Its
 * message is one sentence for the operator; {@link #action()} says what to do about it.
 */
public class StartupProblem extends RuntimeException {

    private final String action;

    public StartupProblem(String message, String action) {
        super(message);
        this.action = action;
    }

    public StartupProblem(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
