package app.goodenough.schedule;

/** Where a booked session stands. Only a cancelled booking gives its time back. */
public enum BookingStatus {
    BOOKED("Booked"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled"),
    NO_SHOW("No-show");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
