package app.goodenough.notesearch;

import app.goodenough.identity.AccountId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the coach looks for among their notes; every part is optional.
 *
 * @param text words as typed into a search box (quotes, "or" and "-" work as on the web)
 * @param tag one of the coach's free tags, exactly as written on the notes
 * @param signed true for signed notes only, false for drafts only, null for both
 */
public record NoteQuery(@Nullable String text, @Nullable String principle, @Nullable String tag, @Nullable AccountId clientId, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable Boolean signed) {

    public static NoteQuery all() {
        return new NoteQuery(null, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "NoteQuery[principle=" + principle + ", tagged=" + (tag != null) + ", client=" + clientId + ", " + from + "–" + to + ", signed=" + signed + "]";
    }
}
