package app.goodenough.booking.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the booking flow writes dates and times: always in a named zone, in English. */
final class Times {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Times() {
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** For example "Tuesday 1 December 2026, 15:00 (America/New_York)". */
    static String moment(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone)) + ", " + time(instant, zone) + " (" + zone.getId() + ")";
    }
}
