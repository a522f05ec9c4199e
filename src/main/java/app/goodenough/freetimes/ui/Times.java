package app.goodenough.freetimes.ui;

import app.goodenough.shared.DateFormats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** How the booking flow writes dates and times: always in a named zone, the reader's way. */
public final class Times {

    private Times() {
    }

    public static String time(Instant instant, ZoneId zone) {
        return DateFormats.current().time(instant.atZone(zone));
    }

    /** For example "Tuesday, 1 December 2026, 15:00 (America/New_York)". */
    public static String moment(Instant instant, ZoneId zone) {
        return DateFormats.current().longMoment(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** For example "Tuesday, 1 December 2026, 15:00–15:50 (America/New_York)"; an end on a later day carries its date. */
    public static String period(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? DateFormats.current().time(to) : DateFormats.current().longMoment(to);
        return DateFormats.current().longMoment(from) + "–" + until + " (" + zone.getId() + ")";
    }
}
