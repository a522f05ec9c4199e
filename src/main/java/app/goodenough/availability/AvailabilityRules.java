package app.goodenough.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * When a coach can be booked. Hours are local times in the coach's zone: weekly hours per
 * weekday, replaced on single dates by overrides (an empty list closes that date).
 *
 * @param bufferBefore kept free before each session; neighbouring sessions' buffers add up
 * @param bufferAfter kept free after each session
 * @param minimumNotice how long before its start a session can still be booked
 * @param horizonDays how many days ahead (counted in the coach's zone) can be booked
 * @param slotStep distance between offered start times, counted from the start of each window
 */
public record AvailabilityRules(
        ZoneId zone,
        Map<DayOfWeek, List<TimeWindow>> weeklyHours,
        Map<LocalDate, List<TimeWindow>> overrides,
        Duration bufferBefore,
        Duration bufferAfter,
        Duration minimumNotice,
        int horizonDays,
        Duration slotStep) {

    public AvailabilityRules {
        weeklyHours = Map.copyOf(weeklyHours);
        overrides = Map.copyOf(overrides);
        if (slotStep.isZero() || slotStep.isNegative()) {
            throw new IllegalArgumentException("The slot step must be positive");
        }
    }

    /** The working hours of one date in the coach's zone. */
    public List<TimeWindow> hoursOn(LocalDate date) {
        List<TimeWindow> override = overrides.get(date);
        return override != null ? override : weeklyHours.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** Whether a session lies wholly inside the working hours of its date. */
    public boolean withinHours(Instant start, Duration length) {
        LocalDate date = start.atZone(zone).toLocalDate();
        Instant end = start.plus(length);
        return hoursOn(date).stream().anyMatch(window ->
                !start.isBefore(ZonedDateTime.of(date, window.start(), zone).toInstant())
                        && !end.isAfter(ZonedDateTime.of(date, window.end(), zone).toInstant()));
    }

    /** The time a session starting at {@code start} keeps from others: the session and its buffers. */
    public TimeRange claimFor(Instant start, Duration length) {
        return new TimeRange(start.minus(bufferBefore), start.plus(length).plus(bufferAfter));
    }
}
