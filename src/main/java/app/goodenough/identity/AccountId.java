package app.goodenough.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account: a client, a coach or an admin. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
