package app.goodenough.notes;

import app.goodenough.booking.CalendarEntry;
import app.goodenough.practice.ClientSummary;
import java.util.List;

/** One client as their coach sees them: contact, sessions, notes and which principles came up when. */
public record ClientStory(ClientSummary client, List<CalendarEntry> sessions, List<NoteSummary> notes, List<StoryPoint> points) {
}
