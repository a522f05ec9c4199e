package app.goodenough.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything a coach edits about when they can be booked.
 *
 * @param today the coach's today, in their zone, by the application's clock
 */
public record CoachAvailability(
        ZoneId timeZone, LocalDate today, RuleSettings settings, Map<DayOfWeek, List<TimeWindow>> weeklyHours, List<DateOverride> upcomingOverrides) {
}
