package app.goodenough.account;

import java.time.Instant;

/** An account as others may see it: never its password hash. */
public record Account(
        AccountId id,
        String email,
        String displayName,
        Role role,
        boolean enabled,
        boolean hasPassword,
        Instant createdAt) {
}
