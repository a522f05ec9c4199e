package app.goodenough.booking.ui;

/** What the reader typed into the details step. */
record Details(String name, String email, String phone, String focus, String message) {
}
