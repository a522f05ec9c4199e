package app.goodenough.series;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One session of a series as the preview shows it, before anything is stored.
 *
 * @param position 1 for the first
 * @param start null when the clocks skip the local time on that day
 * @param conflict what it overlaps, in words, for {@link Fit#CONFLICT}; empty otherwise
 */
public record SeriesOccurrence(int position, LocalDate day, @Nullable Instant start, Fit fit, String conflict) {

    /** How an occurrence fits the coach's calendar. */
    public enum Fit {
        FREE, OUTSIDE_HOURS, CONFLICT, CLOCKS_SKIP;

        /** Whether it can be booked (outside hours only once the coach says so). */
        public boolean bookable() {
            return this == FREE || this == OUTSIDE_HOURS;
        }
    }
}
