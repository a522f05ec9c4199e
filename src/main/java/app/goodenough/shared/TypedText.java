package app.goodenough.shared;

import java.util.Optional;

/**
 * What any text a person types must be before it is stored or searched for: whole Unicode
 * characters (no half of an emoji) and nothing invisible but line breaks and tabs.
 * PostgreSQL cannot store a NUL character at all, and a broken character would silently
 * become a question mark.
 */
public final class TypedText {

    static final String INVISIBLE = "Remove the invisible control characters from this text.";
    static final String BROKEN = "This text has a broken character in it (often half of an emoji); please type it again.";

    private TypedText() {
    }

    /** For text of several lines: line breaks and tabs are fine. */
    public static Optional<String> problemWith(String text) {
        return problemWith(text, true);
    }

    /** For a single line, such as a name or a tag: no line breaks or tabs either. */
    public static Optional<String> problemWithLine(String text) {
        return problemWith(text, false);
    }

    /** Refuses the text at its field when it breaks the rule for text of several lines. */
    public static void require(String field, String text) {
        problemWith(text).ifPresent(message -> {
            throw new InvalidInputException(field, message);
        });
    }

    private static Optional<String> problemWith(String text, boolean lines) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(BROKEN);
            } else if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(INVISIBLE);
            }
        }
        return Optional.empty();
    }
}
