package app.goodenough.account;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.Role;
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
