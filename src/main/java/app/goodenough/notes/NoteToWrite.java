package app.goodenough.notes;

import app.goodenough.schedule.BookingId;
import java.time.Instant;

/** A completed session whose note is not signed yet: the coach still has to write it. */
public record NoteToWrite(BookingId session, String clientName, String sessionTypeName, Instant start) {
}
