package app.goodenough.booking.ui;

import java.util.Map;

/** What the reader typed into the details step, with the answers to the intake questions by position. */
record Details(String name, String email, String phone, String focus, String message, Map<Integer, String> intake) {
}
