package app.goodenough.account;

import java.time.OffsetDateTime;

/** One line of the security log, as the admin reads it. */
public record SecurityEvent(OffsetDateTime at, String kind, String accountEmail, String actorEmail, String address) {
}
