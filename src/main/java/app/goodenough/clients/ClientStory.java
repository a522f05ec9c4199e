package app.goodenough.clients;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.intake.IntakeAnswer;
import app.goodenough.notes.NoteAccess;
import app.goodenough.notes.NoteSummary;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.StoryPoint;
import app.goodenough.schedule.BookingId;
import java.util.List;
import java.util.Map;

/**
 * One client as their coach sees them: contact, sessions (with the answers to the intake questions
 * given when booking), notes, which principles came up when, and the newest entries of the audit
 * trail of their notes.
 */
public record ClientStory(ClientSummary client, List<CalendarEntry> sessions, List<NoteSummary> notes, List<StoryPoint> points,
        List<NoteAccess> trail, Map<BookingId, List<IntakeAnswer>> answers) {
}
