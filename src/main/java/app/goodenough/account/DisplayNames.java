package app.goodenough.account;

import app.goodenough.shared.TypedText;
import java.util.Optional;

/** The rules for the name people are shown by. */
public final class DisplayNames {

    public static final int MAX_LENGTH = 120;

    private DisplayNames() {
    }

    public static Optional<String> problemWith(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a name.");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("A name has at most " + MAX_LENGTH + " characters.");
        }
        return TypedText.problemWithLine(name);
    }
}
