package app.goodenough.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes the free start times of a session from a coach's rules and the time already taken.
 * Pure: no clock, no database; everything it needs is passed in.
 *
 * <p>A start time is free when the session lies inside one of that date's working windows,
 * it is at least the minimum notice after now, its date is within the horizon, and the
 * session with its buffers overlaps nothing taken.
 */
public final class SlotEngine {

    private SlotEngine() {
    }

    /**
     * @param taken time already claimed (bookings with their buffers, blocked time), in any order
     * @param from first date, in the coach's zone
     * @param to last date, inclusive, in the coach's zone
     */
    public static List<Instant> freeStarts(AvailabilityRules rules, Duration length, List<TimeRange> taken,
            LocalDate from, LocalDate to, Instant now) {
        LocalDate lastBookable = now.atZone(rules.zone()).toLocalDate().plusDays(rules.horizonDays());
        LocalDate last = to.isAfter(lastBookable) ? lastBookable : to;
        Instant earliest = now.plus(rules.minimumNotice());
        Taken occupied = new Taken(taken);
        SortedSet<Instant> free = new TreeSet<>();
        for (LocalDate date = from; !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeWindow window : rules.hoursOn(date)) {
                Instant windowEnd = ZonedDateTime.of(date, window.end(), rules.zone()).toInstant();
                Instant start = ZonedDateTime.of(date, window.start(), rules.zone()).toInstant();
                for (; !start.plus(length).isAfter(windowEnd); start = start.plus(rules.slotStep())) {
                    if (!start.isBefore(earliest) && !occupied.overlaps(rules.claimFor(start, length))) {
                        free.add(start);
                    }
                }
            }
        }
        return List.copyOf(free);
    }

    /** Taken time, merged and sorted, so that one overlap check is a binary search. */
    private static final class Taken {

        private final List<TimeRange> ranges = new ArrayList<>();

        Taken(List<TimeRange> taken) {
            List<TimeRange> sorted = new ArrayList<>(taken);
            sorted.sort(Comparator.comparing(TimeRange::start));
            for (TimeRange range : sorted) {
                TimeRange previous = ranges.isEmpty() ? null : ranges.getLast();
                if (previous != null && !range.start().isAfter(previous.end())) {
                    Instant end = range.end().isAfter(previous.end()) ? range.end() : previous.end();
                    ranges.set(ranges.size() - 1, new TimeRange(previous.start(), end));
                } else {
                    ranges.add(range);
                }
            }
        }

        boolean overlaps(TimeRange candidate) {
            int low = 0;
            int high = ranges.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                TimeRange range = ranges.get(middle);
                if (!range.end().isAfter(candidate.start())) {
                    low = middle + 1;
                } else if (!range.start().isBefore(candidate.end())) {
                    high = middle - 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }
}
