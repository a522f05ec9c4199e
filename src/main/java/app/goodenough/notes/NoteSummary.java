package app.goodenough.notes;

import java.time.OffsetDateTime;

/** A note in a client's timeline: when, whether signed, and its opening words. */
public record NoteSummary(NoteId id, OffsetDateTime updatedAt, Boolean signed, String opening) {

    @Override
    public String toString() {
        return "NoteSummary[" + id + "]";
    }
}
