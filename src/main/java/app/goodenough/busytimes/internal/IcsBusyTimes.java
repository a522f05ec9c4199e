package app.goodenough.busytimes.internal;

import app.goodenough.availability.TimeRange;
import app.goodenough.schedule.BusyTime;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * The busy times an iCalendar file says, between two instants: recurring events expanded
 * ({@code RRULE}, {@code RDATE}, {@code EXDATE}), a moved or cancelled occurrence
 * ({@code RECURRENCE-ID}) in place of the one it replaces, times in their {@code VTIMEZONE} or
 * IANA zone (and the Windows zone names Outlook writes), free events ({@code TRANSP:TRANSPARENT})
 * and cancelled ones left out, all-day events blocking whole days of the coach's zone when she
 * says so. Floating times are the coach's.
 */
public final class IcsBusyTimes {

    /** What a file could not be read as. */
    public static final class UnreadableCalendarException extends Exception {
        UnreadableCalendarException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    private IcsBusyTimes() {
    }

    /** The busy stretches, overlapping ones as one, in time order. */
    public static List<TimeRange> between(String ics, ZoneId coachZone, Instant from, Instant to, boolean allDayBlocks)
            throws UnreadableCalendarException {
        return merged(events(ics, coachZone, from, to, allDayBlocks).stream().map(BusyTime::period).toList());
    }

    /** Every busy occurrence with its event's title, in time order. */
    public static List<BusyTime> events(String ics, ZoneId coachZone, Instant from, Instant to, boolean allDayBlocks)
            throws UnreadableCalendarException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(WindowsZones.toIana(ics)));
        } catch (IOException | ParserException | RuntimeException unreadable) {
            throw new UnreadableCalendarException("This is not an iCalendar file.", unreadable);
        }
        List<VEvent> events = calendar.getComponents("VEVENT");
        Map<String, Set<Instant>> replaced = events.stream().filter(event -> event.getProperty("RECURRENCE-ID").isPresent())
                .collect(Collectors.groupingBy(IcsBusyTimes::uidOf,
                        Collectors.mapping(event -> instantOf(dateOf(event, "RECURRENCE-ID"), coachZone), Collectors.toSet())));
        List<BusyTime> busy = new ArrayList<>();
        for (VEvent event : events) {
            if (!isBusy(event) || (isAllDay(event) && !allDayBlocks)) {
                continue;
            }
            Set<Instant> skipped = event.getProperty("RECURRENCE-ID").isPresent()
                    ? Set.of() : replaced.getOrDefault(uidOf(event), Set.of());
            String title = value(event, "SUMMARY").orElse("");
            for (Period<Temporal> occurrence : occurrences(event, from, to)) {
                Instant start = instantOf(occurrence.getStart(), coachZone);
                Instant end = instantOf(occurrence.getEnd(), coachZone);
                if (!skipped.contains(start) && end.isAfter(start) && end.isAfter(from) && start.isBefore(to)) {
                    busy.add(new BusyTime(new TimeRange(start, end), title));
                }
            }
        }
        return busy.stream().sorted(Comparator.comparing((BusyTime time) -> time.period().start())).toList();
    }

    private static Set<Period<Temporal>> occurrences(VEvent event, Instant from, Instant to) {
        try {
            return event.calculateRecurrenceSet(new Period<>(from.atZone(ZoneOffset.UTC), to.atZone(ZoneOffset.UTC)));
        } catch (RuntimeException odd) {
            return new HashSet<>();
        }
    }

    /** Overlapping and touching busy times as one, in time order: fewer rows, the same time taken. */
    public static List<TimeRange> merged(List<TimeRange> busy) {
        List<TimeRange> sorted = busy.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : sorted) {
            TimeRange last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !range.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new TimeRange(last.start(), range.end().isAfter(last.end()) ? range.end() : last.end()));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static boolean isBusy(VEvent event) {
        boolean transparent = value(event, "TRANSP").filter("TRANSPARENT"::equalsIgnoreCase).isPresent();
        boolean cancelled = value(event, "STATUS").filter("CANCELLED"::equalsIgnoreCase).isPresent();
        return !transparent && !cancelled && event.getProperty("DTSTART").isPresent();
    }

    private static boolean isAllDay(VEvent event) {
        return dateOf(event, "DTSTART") instanceof LocalDate;
    }

    private static String uidOf(VEvent event) {
        return value(event, "UID").orElse("");
    }

    private static Optional<String> value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).map(String::strip);
    }

    private static Temporal dateOf(VEvent event, String name) {
        return event.<DateProperty<Temporal>>getProperty(name).map(DateProperty::getDate).orElseThrow();
    }

    private static Instant instantOf(Temporal temporal, ZoneId coachZone) {
        return switch (temporal) {
            case Instant instant -> instant;
            case ZonedDateTime zoned -> zoned.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case LocalDateTime floating -> floating.atZone(coachZone).toInstant();
            case LocalDate day -> day.atStartOfDay(coachZone).toInstant();
            default -> Instant.from(temporal).truncatedTo(ChronoUnit.SECONDS);
        };
    }
}
