package app.goodenough.schedule;

import java.time.Instant;
import java.util.UUID;

/**
 * Time the coach keeps free of bookings.
 *
 * @param elsewhere busy in one of her other calendars ({@code id} is that calendar's): shown, removed only there
 */
public record BlockedTime(UUID id, Instant start, Instant end, String note, boolean elsewhere) {
}
