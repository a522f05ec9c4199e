package app.goodenough.clients;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.notes.NoteAccess;
import app.goodenough.notes.NoteSummary;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.StoryPoint;
import java.util.List;

/**
 * One client as their coach sees them: contact, sessions, notes, which principles came up when,
 * and the newest entries of the audit trail of their notes.
 */
public record ClientStory(ClientSummary client, List<CalendarEntry> sessions, List<NoteSummary> notes, List<StoryPoint> points,
        List<NoteAccess> trail) {
}
