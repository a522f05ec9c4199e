package app.goodenough.takeaways;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A takeaway as its client sees it: what the coach shared, from which session, and when.
 *
 * @param sessionStart the session it belongs to; null for a takeaway from a general note
 * @param zone the zone the client booked that session in, else the coach's
 */
public record SharedTakeaway(String coachName, @Nullable Instant sessionStart, ZoneId zone, String text, Instant sharedAt) {
}
