package app.goodenough.notes;

import java.time.Instant;

/**
 * A note in a client's timeline: whether signed, its opening words, and its date: the session's
 * start for a session note, the day it was started for a general note.
 */
public record NoteSummary(NoteId id, Instant at, Boolean ofSession, Boolean signed, String opening) {

    @Override
    public String toString() {
        return "NoteSummary[" + id + "]";
    }
}
