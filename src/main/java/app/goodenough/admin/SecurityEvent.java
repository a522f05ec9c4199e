package app.goodenough.admin;

import java.time.Instant;

/** One line of the security log, as the admin reads it. */
public record SecurityEvent(Instant at, String kind, String accountEmail, String actorEmail, String address) {
}
