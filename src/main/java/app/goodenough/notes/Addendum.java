package app.goodenough.notes;

import java.time.Instant;

/** A dated addition to a signed note. */
public record Addendum(Instant addedAt, String body) {

    @Override
    public String toString() {
        return "Addendum[" + addedAt + "]";
    }
}
