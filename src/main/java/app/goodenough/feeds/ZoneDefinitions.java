package app.goodenough.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A zone as iCalendar's {@code VTIMEZONE}, written from the JDK's rules for a span of days: the
 * offset at its start, then every clock change within it. Calendars then place a local time
 * exactly where the application did.
 */
final class ZoneDefinitions {

    /** A local date and time as iCalendar writes it, for a property with its zone's {@code TZID}. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private ZoneDefinitions() {
    }

    static VTimeZone of(ZoneId zone, LocalDate from, LocalDate to) {
        ZoneRules rules = zone.getRules();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffset offset = rules.getOffset(start);
        List<Observance> observances = new ArrayList<>();
        observances.add(observance(rules.isDaylightSavings(start), LocalDateTime.ofInstant(start, offset), offset, offset));
        for (ZoneOffsetTransition change = rules.nextTransition(start); change != null && change.getInstant().isBefore(end);
                change = rules.nextTransition(change.getInstant())) {
            observances.add(observance(rules.isDaylightSavings(change.getInstant()), change.getDateTimeBefore(), change.getOffsetBefore(),
                    change.getOffsetAfter()));
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
    }

    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset before, ZoneOffset after) {
        PropertyList properties = new PropertyList(List.of(new DtStart<>(LOCAL.format(onset)), new TzOffsetFrom(before), new TzOffsetTo(after)));
        return daylight ? new Daylight(properties) : new Standard(properties);
    }
}
