package app.goodenough.sessiontypes;

/**
 * What it takes to offer a new kind of session.
 *
 * @param place how the session happens: an address or a video link; may be empty
 * @param payment how the price is paid, in the coach's words; may be empty
 */
public record NewSessionType(String name, int durationMinutes, String description, String priceLabel, String place, String payment,
        String colour) {

    /** A kind of session that says nothing yet about where it happens or how it is paid. */
    public NewSessionType(String name, int durationMinutes, String description, String priceLabel, String colour) {
        this(name, durationMinutes, description, priceLabel, "", "", colour);
    }
}
