package app.goodenough.account;

import app.goodenough.shared.TypedText;
import java.util.Optional;
import java.util.regex.Pattern;

/** The shape an email address must have to be stored; whether it receives mail is another matter. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    public static Optional<String> problemWith(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("Enter an email address.");
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("An email address has at most " + MAX_LENGTH + " characters.");
        }
        if (!SHAPE.matcher(email).matches() || TypedText.problemWithLine(email).isPresent()) {
            return Optional.of("Enter an email address like name@example.com.");
        }
        return Optional.empty();
    }
}
