package app.goodenough.calendar;

import java.time.Instant;

/** The principle a client chose to work on when booking a session. */
public record SessionFocus(Instant start, String principle) {
}
