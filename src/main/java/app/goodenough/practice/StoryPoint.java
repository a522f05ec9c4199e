package app.goodenough.practice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One principle coming up for a client at one moment: tagged in a note (with an optional stance),
 * chosen by the client as the focus of a booking, or rated by the client in a check-in.
 *
 * @param stance the coach's view in a note, 1 (caught in it) to 5 (free of it), or null
 * @param weight the client's own view in a check-in, how much it weighed on them, 0 to 4; null for the coach's points
 */
public record StoryPoint(String principle, Instant at, @Nullable Integer stance, boolean bookingFocus, @Nullable Integer weight) {

    /** A point from a note (a tag) or a booking (its focus). */
    public StoryPoint(String principle, Instant at, @Nullable Integer stance, boolean bookingFocus) {
        this(principle, at, stance, bookingFocus, null);
    }

    /** The client's own check-in before the session starting {@code at}. */
    public static StoryPoint checkIn(String principle, Instant at, int weight) {
        return new StoryPoint(principle, at, null, false, weight);
    }

    public boolean fromCheckIn() {
        return weight != null;
    }
}
