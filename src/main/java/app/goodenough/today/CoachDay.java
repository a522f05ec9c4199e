package app.goodenough.today;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.mail.Undelivered;
import app.goodenough.notes.NoteToWrite;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The coach's day as their home shows it: today's and tomorrow's sessions, notes to write, messages that failed, the week. */
public record CoachDay(ZoneId zone, LocalDate date, List<CalendarEntry> today, List<CalendarEntry> tomorrow, List<NoteToWrite> notesToWrite,
        List<Undelivered> undelivered, WeekNumbers week) {
}
