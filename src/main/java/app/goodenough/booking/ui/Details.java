package app.goodenough.booking.ui;

import app.goodenough.booking.FormAnswers;

/** What the reader typed into the details step, with the intake answers and where in the article they came from. */
record Details(String name, String email, String phone, String focus, String message, FormAnswers answers) {
}
