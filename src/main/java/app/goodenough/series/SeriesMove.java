package app.goodenough.series;

import app.goodenough.schedule.BookingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one booked session of a series would move when it and all later ones move, before
 * anything is stored.
 *
 * @param to null when the clocks skip the new local time on that day
 * @param problem why it cannot move there, in words for the coach; null when it can
 */
public record SeriesMove(int position, BookingId id, Instant from, @Nullable Instant to, @Nullable String problem) {

    public boolean possible() {
        return problem == null;
    }
}
