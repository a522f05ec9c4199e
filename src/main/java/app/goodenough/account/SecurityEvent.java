package app.goodenough.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the security log, as the admin reads it. */
public record SecurityEvent(Instant at, String kind, @Nullable String accountEmail, @Nullable String actorEmail, @Nullable String address) {
}
