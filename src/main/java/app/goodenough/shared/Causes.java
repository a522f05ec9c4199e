package app.goodenough.shared;

import java.util.function.Predicate;

/** Looks through a failure's chain of causes, where Spring and Vaadin wrap what really happened. */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure itself or any of its causes, however deeply wrapped, is what {@code test} looks for. */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
