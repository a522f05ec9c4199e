package app.goodenough.notes;

import java.time.Instant;

/**
 * A note in a client's timeline: whether signed, its opening words, and its date: the session's
 * start for a session note, the day it was started for a general note.
 *
 * @param opening the start of its text as written (Markdown, at most 400 characters), for a screen to draw its opening from
 */
public record NoteSummary(NoteId id, Instant at, Boolean ofSession, Boolean signed, String opening) {

    @Override
    public String toString() {
        return "NoteSummary[" + id + "]";
    }
}
