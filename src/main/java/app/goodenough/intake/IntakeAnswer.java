package app.goodenough.intake;

import app.goodenough.schedule.BookingId;
import java.time.Instant;

/** One answer to an intake question, with the question as it was asked, and the session it was booked for. */
public record IntakeAnswer(BookingId booking, Instant sessionStart, int position, String prompt, String answer) {
}
