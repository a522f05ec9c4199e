package app.goodenough.sessiontypes;

import java.util.Objects;
import java.util.UUID;

/** Identifies a kind of session a coach offers. */
public record SessionTypeId(UUID value) {

    public SessionTypeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
