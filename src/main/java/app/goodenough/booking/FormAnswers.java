package app.goodenough.booking;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the booking page adds to a booking besides its fields: the answers to the session type's
 * intake questions, and the part of the article the reader came from.
 *
 * @param intake answers by question position; an unanswered question is absent or blank
 * @param fromBookingPage whether the booking was made on the booking page, so it keeps where the reader came from
 * @param openedWithFocus the principle the booking page was opened with ({@code ?focus=}); null from the closing call to action
 */
public record FormAnswers(Map<Integer, String> intake, boolean fromBookingPage, @Nullable String openedWithFocus) {

    public FormAnswers {
        intake = Map.copyOf(intake);
    }

    /** A booking made without the booking page's form, as by the application itself. */
    public static FormAnswers none() {
        return new FormAnswers(Map.of(), false, null);
    }

    public static FormAnswers fromBookingPage(Map<Integer, String> intake, @Nullable String openedWithFocus) {
        return new FormAnswers(intake, true, openedWithFocus);
    }
}
