package app.goodenough.booking.ui;

import app.goodenough.base.DateFormats;
import java.time.Instant;
import java.time.ZoneId;

/** How the booking flow writes dates and times: always in a named zone, in English. */
final class Times {

    private Times() {
    }

    static String time(Instant instant, ZoneId zone) {
        return DateFormats.TIME.format(instant.atZone(zone));
    }

    /** For example "Tuesday 1 December 2026, 15:00 (America/New_York)". */
    static String moment(Instant instant, ZoneId zone) {
        return DateFormats.DAY.format(instant.atZone(zone)) + ", " + time(instant, zone) + " (" + zone.getId() + ")";
    }
}
