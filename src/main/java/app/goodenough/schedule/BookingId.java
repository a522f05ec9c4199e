package app.goodenough.schedule;

import java.util.Objects;
import java.util.UUID;

/** Identifies a booked session. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
