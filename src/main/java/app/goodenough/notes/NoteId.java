package app.goodenough.notes;

import java.util.Objects;
import java.util.UUID;

/** Identifies a session note. */
public record NoteId(UUID value) {

    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
