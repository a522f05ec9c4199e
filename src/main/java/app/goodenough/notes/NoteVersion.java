package app.goodenough.notes;

import java.time.Instant;
import java.util.List;

/** One saved version of a note's text. */
public record NoteVersion(Integer version, String body, List<String> freeTags, Instant savedAt) {

    @Override
    public String toString() {
        return "NoteVersion[" + version + ", " + savedAt + "]";
    }
}
