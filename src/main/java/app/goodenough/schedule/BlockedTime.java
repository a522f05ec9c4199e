package app.goodenough.schedule;

import java.time.Instant;
import java.util.UUID;

/** Time the coach keeps free of bookings. */
public record BlockedTime(UUID id, Instant start, Instant end, String note) {
}
