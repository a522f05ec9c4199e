package app.goodenough.checkins;

import app.goodenough.schedule.BookingId;
import java.time.Instant;
import java.util.Map;

/**
 * A client's check-in before one session.
 *
 * @param weights how much each principle weighed on them lately, 0 (not at all) to 4 (very much), by slug;
 *        a principle they would rather not rate is absent
 * @param wish what they would like from the session, in one line; empty when they left it out
 */
public record CheckIn(BookingId booking, Instant sessionStart, Instant answeredAt, Map<String, Integer> weights, String wish) {

    public static final int MAX_WEIGHT = 4;
    public static final int MAX_WISH_LENGTH = 300;
}
