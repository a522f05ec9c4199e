package app.goodenough.readerseries;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One session of a series a reader is about to book, as the booking page lists it: free, or left
 * out (never why: what else the coach has booked is nobody else's business).
 *
 * @param position 1 for the time the reader chose
 * @param start null when the clocks skip the local time that day
 */
public record ReaderOccurrence(int position, @Nullable Instant start, boolean free) {
}
