package app.goodenough.notes;

import app.goodenough.practice.StoryPoint;
import java.util.List;

/**
 * What the coach's notes say about one client: the notes' timeline, the principles tagged when,
 * and the newest entries of the audit trail of these notes.
 */
public record ClientNotes(List<NoteSummary> notes, List<StoryPoint> tagged, List<NoteAccess> trail) {
}
