package app.goodenough.sessiontypes;

/** What it takes to offer a new kind of session. */
public record NewSessionType(String name, int durationMinutes, String description, String priceLabel, String colour) {
}
