package app.goodenough.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in a booking's history.
 *
 * @param byName who did it, or "the client" when it was the reader
 * @param detail e.g. the former time of a rescheduled session or a cancellation's reason
 */
public record BookingEvent(Instant at, String kind, @Nullable String byName, String detail) {
}
