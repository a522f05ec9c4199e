package app.goodenough.feeds;

import app.goodenough.schedule.Confirmation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;

/**
 * Sessions every so many weeks as one iCalendar file: one repeating event at the same local time
 * in the coach's zone ({@code RRULE}), the dates left out ({@code EXDATE}), and the zone's clock
 * changes over the span ({@code VTIMEZONE}, from the same rules the booking used), so a calendar
 * shows 18:00 Berlin on both sides of a change.
 */
public final class RepeatingEvents {

    /**
     * @param uid the event's identity, the same whenever the same series is written again
     * @param firstStart the first session's local start in {@code zone}; each later one {@code everyWeeks} weeks on
     * @param leftOut the local starts of the sessions that were not booked
     */
    public record Repeating(String uid, ZoneId zone, LocalDateTime firstStart, int everyWeeks, int count, List<LocalDateTime> leftOut) {

        LocalDateTime last() {
            return firstStart.plusWeeks((long) everyWeeks * (count - 1));
        }
    }

    private RepeatingEvents() {
    }

    /** @param first the first session booked, for what, with whom and where */
    public static byte[] ics(Confirmation first, Repeating repeating, String description, Instant now) {
        ParameterList inZone = new ParameterList(List.of(new TzId(repeating.zone().getId())));
        VEvent event = new VEvent(false);
        event.add(new Uid(repeating.uid()));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(inZone, ZoneDefinitions.LOCAL.format(repeating.firstStart())));
        event.add(new DtEnd<>(inZone, ZoneDefinitions.LOCAL.format(repeating.firstStart().plus(first.sessionType().duration()))));
        event.add(new RRule<>("FREQ=WEEKLY;INTERVAL=" + repeating.everyWeeks() + ";COUNT=" + repeating.count()));
        if (!repeating.leftOut().isEmpty()) {
            event.add(new ExDate<>(inZone, repeating.leftOut().stream().map(ZoneDefinitions.LOCAL::format).collect(Collectors.joining(","))));
        }
        event.add(new Summary(first.sessionType().name() + " with " + first.coach().displayName()));
        event.add(new Organizer(URI.create("mailto:" + first.coach().email())));
        event.add(new Description(description));
        if (!first.sessionType().place().isBlank()) {
            event.add(new Location(first.sessionType().place()));
        }
        return CalendarFiles.published(ZoneDefinitions.of(repeating.zone(), repeating.firstStart().toLocalDate().minusDays(1),
                repeating.last().toLocalDate().plusDays(1)), event);
    }
}
