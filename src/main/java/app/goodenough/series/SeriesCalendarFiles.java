package app.goodenough.series;

import app.goodenough.feeds.CalendarFiles;
import app.goodenough.schedule.Confirmation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * A series as one iCalendar file: one repeating event at the same local time in the coach's zone
 * ({@code RRULE}), the sessions that were not booked left out ({@code EXDATE}), and the zone's
 * clock changes over the series' span ({@code VTIMEZONE}, from the same rules the booking used),
 * so a calendar shows 18:00 Berlin on both sides of a change.
 */
public final class SeriesCalendarFiles {

    private SeriesCalendarFiles() {
    }

    public static String fileName(SeriesRhythm rhythm) {
        return "good-enough-series-" + rhythm.firstDay() + ".ics";
    }

    /**
     * @param sessions the booked sessions; every other place in the series is left out
     * @param manageUrl the first session's manage page, where the client finds the rest
     */
    public static byte[] ics(SeriesRhythm rhythm, List<SeriesChanged.Session> sessions, String manageUrl, Instant now) {
        Confirmation first = sessions.getFirst().confirmation();
        ZoneId zone = rhythm.zone();
        ParameterList inZone = new ParameterList(List.of(new TzId(zone.getId())));
        LocalDateTime start = rhythm.localStart(1);
        VEvent event = new VEvent(false);
        event.add(new Uid(rhythm.id() + "@good-enough"));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(inZone, ZoneDefinitions.LOCAL.format(start)));
        event.add(new DtEnd<>(inZone, ZoneDefinitions.LOCAL.format(start.plus(first.sessionType().duration()))));
        event.add(new RRule<>("FREQ=WEEKLY;INTERVAL=" + rhythm.everyWeeks() + ";COUNT=" + rhythm.count()));
        Set<Integer> booked = sessions.stream().map(SeriesChanged.Session::position).collect(Collectors.toSet());
        String leftOut = IntStream.rangeClosed(1, rhythm.count()).filter(position -> !booked.contains(position))
                .mapToObj(position -> ZoneDefinitions.LOCAL.format(rhythm.localStart(position))).collect(Collectors.joining(","));
        if (!leftOut.isEmpty()) {
            event.add(new ExDate<>(inZone, leftOut));
        }
        event.add(new Summary(first.sessionType().name() + " with " + first.coach().displayName()));
        event.add(new Organizer(URI.create("mailto:" + first.coach().email())));
        event.add(new Description("Sessions " + SeriesRhythm.every(rhythm.everyWeeks()) + ": " + booked.size() + " booked. Each one is "
                + "moved or cancelled by its link in the letter about the series; the first's: " + manageUrl));
        if (!first.sessionType().place().isBlank()) {
            event.add(new Location(first.sessionType().place()));
        }
        return CalendarFiles.published(ZoneDefinitions.of(zone, rhythm.firstDay().minusDays(1),
                rhythm.localStart(rhythm.count()).toLocalDate().plusDays(1)), event);
    }
}
