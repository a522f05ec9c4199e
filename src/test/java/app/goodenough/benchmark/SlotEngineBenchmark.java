package app.goodenough.benchmark;

import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.SlotEngine;
import app.goodenough.availability.TimeRange;
import app.goodenough.availability.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Slot engine: 60 days of free starts for a coach with 1,000 existing bookings, Berlin hours
 * Monday to Friday 09:00–12:00 and 13:00–17:00, 50-minute sessions, 10 minutes buffer, 30-minute step.
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=SlotEngineBenchmark}.
 */
@Tag("benchmark")
class SlotEngineBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 5_000;

    @Test
    void sixtyDaysWithAThousandBookings() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate from = LocalDate.of(2026, 12, 1);
        Instant now = from.atStartOfDay(zone).toInstant();
        AvailabilityRules rules = rules(zone);
        Duration length = Duration.ofMinutes(50);
        List<TimeRange> bookings = bookings(rules, now, 1_000);

        int found = 0;
        for (int i = 0; i < WARM_UP; i++) {
            found += SlotEngine.freeStarts(rules, length, bookings, from, from.plusDays(59), now).size();
        }
        Stopwatch stopwatch = new Stopwatch(MEASURED);
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            found += SlotEngine.freeStarts(rules, length, bookings, from, from.plusDays(59), now).size();
            stopwatch.record(System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "slot engine, 60 days, 1,000 bookings: median %.0f µs, p95 %.0f µs, p99 %.0f µs over %d runs (%d starts seen)%n",
                stopwatch.percentileMicros(50), stopwatch.percentileMicros(95), stopwatch.percentileMicros(99), MEASURED, found);
    }

    /**
     * The same 60 days with the busy times of five other calendars of 2,000 one-hour events each,
     * spread over the 400 days they are read for: the slot engine gets those that reach into the
     * 60 days, as the database query hands them over, with the bookings. Printed beside the plain
     * run, and as a ratio.
     */
    @Test
    void sixtyDaysWithAThousandBookingsAndFiveOtherCalendars() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate from = LocalDate.of(2026, 12, 1);
        Instant now = from.atStartOfDay(zone).toInstant();
        Instant to = from.plusDays(60).atStartOfDay(zone).toInstant();
        AvailabilityRules rules = rules(zone);
        Duration length = Duration.ofMinutes(50);
        List<TimeRange> bookings = bookings(rules, now, 1_000);
        List<TimeRange> withBusy = new ArrayList<>(bookings);
        Random random = new Random(7);
        for (int event = 0; event < 5 * 2_000; event++) {
            Instant start = now.plus(Duration.ofMinutes(30L * random.nextInt(400 * 48)));
            if (start.isBefore(to)) {
                withBusy.add(new TimeRange(start, start.plus(Duration.ofHours(1))));
            }
        }
        double plain = medianMicros(rules, length, bookings, from, now);
        double busy = medianMicros(rules, length, withBusy, from, now);
        System.out.printf(Locale.ROOT, "slot engine, 60 days, 1,000 bookings: median %.0f µs; with five calendars of 2,000 events "
                + "(%d busy times in the 60 days): median %.0f µs; ratio %.2f%n", plain, withBusy.size() - bookings.size(), busy, busy / plain);
    }

    private static double medianMicros(AvailabilityRules rules, Duration length, List<TimeRange> taken, LocalDate from, Instant now) {
        for (int i = 0; i < WARM_UP; i++) {
            SlotEngine.freeStarts(rules, length, taken, from, from.plusDays(59), now);
        }
        Stopwatch stopwatch = new Stopwatch(MEASURED);
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            SlotEngine.freeStarts(rules, length, taken, from, from.plusDays(59), now);
            stopwatch.record(System.nanoTime() - start);
        }
        return stopwatch.percentileMicros(50);
    }

    private static AvailabilityRules rules(ZoneId zone) {
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekly.put(day, List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00")));
        }
        return new AvailabilityRules(zone, weekly, Map.of(), Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(12), 60,
                Duration.ofMinutes(30));
    }

    /** Bookings at random half hours of the 60 days, their claims as the database would hold them. */
    private static List<TimeRange> bookings(AvailabilityRules rules, Instant from, int count) {
        Random random = new Random(42);
        List<TimeRange> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = from.plus(Duration.ofMinutes(30L * random.nextInt(60 * 48)));
            claims.add(rules.claimFor(start, Duration.ofMinutes(50)));
        }
        return claims;
    }
}
