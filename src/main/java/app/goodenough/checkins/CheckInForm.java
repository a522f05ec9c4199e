package app.goodenough.checkins;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The check-in a link opens: which session, in the client's zone, and what they answered so far.
 *
 * @param open whether it can still be answered: the session is booked and has not started
 */
public record CheckInForm(String sessionTypeName, String coachName, Instant start, ZoneId clientZone, boolean open,
        @Nullable CheckIn answered) {
}
