package app.goodenough.practice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One principle coming up for a client at one moment: tagged in a note (with an optional stance),
 * or chosen by the client as the focus of a booking.
 */
public record StoryPoint(String principle, Instant at, @Nullable Integer stance, boolean bookingFocus) {
}
