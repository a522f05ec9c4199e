package app.goodenough.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates and instants written as ISO-8601 text by someone else (an address, a browser): read, or
 * empty when the text is not one.
 */
public final class IsoText {

    private IsoText() {
    }

    /** {@code 2026-12-03}, or empty. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code 2026-12-03T08:00:00Z}, or empty. */
    public static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
