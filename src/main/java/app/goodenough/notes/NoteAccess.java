package app.goodenough.notes;

import java.time.Instant;

/** One line of a note's audit trail: who did what to which note, when. Never what the note says. */
public record NoteAccess(Instant at, String actorName, String action, NoteId noteId) {

    /** The action in words, for example "signed". */
    public String actionInWords() {
        return switch (action) {
            case "CREATE" -> "started";
            case "READ" -> "opened";
            case "PREVIEW" -> "saw the opening of";
            case "SEARCH" -> "found in a search";
            case "SAVE" -> "saved";
            case "SIGN" -> "signed";
            case "ADDENDUM" -> "added an addendum to";
            case "HISTORY" -> "looked at the versions of";
            default -> action.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
