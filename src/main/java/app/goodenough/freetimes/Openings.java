package app.goodenough.freetimes;

import app.goodenough.practice.PublicCoach;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a kind of session can be booked, seen from now: the first free start, if any, and the
 * end of the coach's booking horizon.
 *
 * @param now the moment this was worked out
 * @param firstFree the earliest free start between now and the horizon
 * @param horizonEnd the end of the last day that can be booked (in the coach's zone)
 * @param horizonDays how many days ahead the coach takes bookings
 * @param coach whom to write to when nothing is free
 */
public record Openings(Instant now, Optional<Instant> firstFree, Instant horizonEnd, int horizonDays, PublicCoach coach) {

    /** The month of today in {@code zone}: nothing before it can be booked. */
    public YearMonth firstMonth(ZoneId zone) {
        return YearMonth.from(now.atZone(zone));
    }

    /** The month, in {@code zone}, of the last moment that can be booked. */
    public YearMonth lastMonth(ZoneId zone) {
        YearMonth last = YearMonth.from(horizonEnd.minusNanos(1).atZone(zone));
        return last.isBefore(firstMonth(zone)) ? firstMonth(zone) : last;
    }

    /** The month to show first: the one with the first free time, else this month. */
    public YearMonth openingMonth(ZoneId zone) {
        return firstFree.map(start -> YearMonth.from(start.atZone(zone))).orElseGet(() -> firstMonth(zone));
    }
}
