package app.goodenough.notesearch;

import app.goodenough.identity.AccountId;
import app.goodenough.notes.NoteId;
import java.time.Instant;

/**
 * A note found by a search.
 *
 * @param at the note's date: its session's start, or the day a general note was begun
 * @param snippet the matching passage (Markdown as written); the found words stand between {@link #MARK_START} and {@link #MARK_END}
 */
public record NoteHit(
        NoteId id, AccountId clientId, String clientName, Instant at, Boolean signed, String snippet) {

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";

    @Override
    public String toString() {
        return "NoteHit[" + id + "]";
    }
}
