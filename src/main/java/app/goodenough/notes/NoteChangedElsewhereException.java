package app.goodenough.notes;

/** The note was saved from another tab or device since this one loaded it; nothing was overwritten. */
public class NoteChangedElsewhereException extends RuntimeException {

    public NoteChangedElsewhereException() {
        super("This note was changed in another window. Reload it to see the newer text; yours was not saved over it.");
    }
}
