package app.goodenough.notes;

import java.time.OffsetDateTime;

/** A dated addition to a signed note. */
public record Addendum(OffsetDateTime addedAt, String body) {

    @Override
    public String toString() {
        return "Addendum[" + addedAt + "]";
    }
}
