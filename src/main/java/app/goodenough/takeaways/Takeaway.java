package app.goodenough.takeaways;

import app.goodenough.notes.NoteId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The takeaway beside one note, as its coach sees it.
 *
 * @param draft the coach's working copy, never shown to the client
 * @param sharedText what the client sees, as last shared; null until first shared
 * @param frozen the note is signed: the text cannot change any more
 */
public record Takeaway(NoteId noteId, String clientName, String draft, @Nullable String sharedText, @Nullable Instant sharedAt,
        boolean frozen) {

    public static final int MAX_LENGTH = 2_000;

    /** Whether the working copy says something the client has not been shown. */
    public boolean hasUnsharedChanges() {
        return !draft.isBlank() && !draft.equals(sharedText);
    }
}
