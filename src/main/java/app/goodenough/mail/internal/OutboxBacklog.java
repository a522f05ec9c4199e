package app.goodenough.mail.internal;

import java.time.Instant;
import java.util.Optional;

/** Messages waiting to be sent: how many are due, since when the oldest is, how many failed at least once. */
record OutboxBacklog(int due, Optional<Instant> oldestDue, int failing) {
}
