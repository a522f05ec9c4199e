package app.goodenough.calendar;

import app.goodenough.availability.TimeWindow;
import app.goodenough.schedule.BlockedTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The coach's calendar between two dates (in the coach's zone): sessions, blocks and working hours. */
public record CalendarPeriod(
        ZoneId zone, LocalDate from, LocalDate to, List<CalendarEntry> entries, List<BlockedTime> blocks,
        Map<LocalDate, List<TimeWindow>> workingHours) {
}
