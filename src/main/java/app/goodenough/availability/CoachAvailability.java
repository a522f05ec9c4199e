package app.goodenough.availability;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Everything a coach edits about when they can be booked. */
public record CoachAvailability(
        ZoneId timeZone, RuleSettings settings, Map<DayOfWeek, List<TimeWindow>> weeklyHours, List<DateOverride> upcomingOverrides) {
}
