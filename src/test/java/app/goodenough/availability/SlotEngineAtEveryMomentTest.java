package app.goodenough.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Moments.Moment;
import app.goodenough.support.Moments;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The slot engine at every awkward moment ({@link Moments}), for a coach who works weekdays
 * 09:00–12:00 and 13:00–17:00 and Sunday nights 01:00–04:00 (the nights clocks change), with
 * 12 hours' notice, a 60-day horizon and a 30-minute step. Its answer is compared with the rule
 * as a person would state it, worked out here on its own: "every half hour from the start of
 * each window, as long as the session fits before the window's end, from the notice on, up to the
 * last day of the horizon".
 */
class SlotEngineAtEveryMomentTest {

    static final Duration LENGTH = Duration.ofMinutes(50);
    static final Duration NOTICE = Duration.ofHours(12);
    static final Duration STEP = Duration.ofMinutes(30);
    static final int HORIZON = 60;
    static final List<TimeWindow> WORKDAY = List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00"));
    static final List<TimeWindow> SUNDAY_NIGHT = List.of(TimeWindow.of("01:00", "04:00"));

    static AvailabilityRules rules(ZoneId zone) {
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekly.put(day, WORKDAY);
        }
        weekly.put(DayOfWeek.SUNDAY, SUNDAY_NIGHT);
        return new AvailabilityRules(zone, weekly, Map.of(), Duration.ZERO, Duration.ofMinutes(10), NOTICE, HORIZON, STEP);
    }

    /** The rule in words, worked out start by start. */
    static List<Instant> expected(AvailabilityRules rules, Instant now) {
        LocalDate today = now.atZone(rules.zone()).toLocalDate();
        TreeSet<Instant> starts = new TreeSet<>();
        for (LocalDate date = today; !date.isAfter(today.plusDays(HORIZON)); date = date.plusDays(1)) {
            for (TimeWindow window : rules.hoursOn(date)) {
                Instant opens = ZonedDateTime.of(date, window.start(), rules.zone()).toInstant();
                Instant closes = ZonedDateTime.of(date, window.end(), rules.zone()).toInstant();
                for (Instant start = opens; !start.plus(LENGTH).isAfter(closes); start = start.plus(STEP)) {
                    if (!start.isBefore(now.plus(NOTICE))) {
                        starts.add(start);
                    }
                }
            }
        }
        return new ArrayList<>(starts);
    }

    static List<Instant> offered(AvailabilityRules rules, Instant now) {
        LocalDate today = now.atZone(rules.zone()).toLocalDate();
        return SlotEngine.freeStarts(rules, LENGTH, List.of(), today.minusDays(1), today.plusDays(HORIZON + 1), now);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("app.goodenough.support.Moments#forEveryCoach")
    void offersExactlyTheStartsTheRuleDescribes(ZoneId coach, Moment moment) {
        AvailabilityRules rules = rules(coach);
        Instant now = moment.at().toInstant();

        List<Instant> offered = offered(rules, now);

        assertThat(offered).isNotEmpty().isEqualTo(expected(rules, now));
        assertThat(offered.getFirst()).isAfterOrEqualTo(now.plus(NOTICE));
        LocalDate lastDay = moment.at().toLocalDate().plusDays(HORIZON);
        assertThat(offered.getLast().atZone(coach).toLocalDate()).isBeforeOrEqualTo(lastDay)
                .isAfter(lastDay.minusDays(3));
    }

    @ParameterizedTest(name = "{0}: {1}, seen from {2}")
    @MethodSource("app.goodenough.support.Moments#forEveryCoachAndReader")
    void everyStartFallsOnOneDayOfTheReadersCalendarAndInsideTheCoachsHours(ZoneId coach, Moment moment, ZoneId reader) {
        AvailabilityRules rules = rules(coach);

        for (Instant start : offered(rules, moment.at().toInstant())) {
            ZonedDateTime local = start.atZone(coach);
            assertThat(rules.withinHours(start, LENGTH)).as("%s in %s", local, coach).isTrue();
            assertThat(local.toLocalTime()).isBetween(LocalTime.of(1, 0), LocalTime.of(16, 10));
            LocalDate readerDay = start.atZone(reader).toLocalDate();
            assertThat(readerDay.atStartOfDay(reader).toInstant()).isBeforeOrEqualTo(start);
            assertThat(readerDay.plusDays(1).atStartOfDay(reader).toInstant()).isAfter(start);
        }
    }

    @Test
    void theNightClocksGoForwardHasTwoRealHoursAndTheNightTheyGoBackHasFour() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        AvailabilityRules rules = rules(berlin);
        Instant fridayBeforeSpring = ZonedDateTime.of(2027, 3, 26, 19, 0, 0, 0, berlin).toInstant();
        Instant fridayBeforeAutumn = ZonedDateTime.of(2027, 10, 29, 19, 0, 0, 0, berlin).toInstant();

        assertThat(nightOf(offered(rules, fridayBeforeSpring), LocalDate.of(2027, 3, 28), berlin))
                .containsExactly("01:00+01:00", "01:30+01:00", "03:00+02:00");
        assertThat(nightOf(offered(rules, fridayBeforeAutumn), LocalDate.of(2027, 10, 31), berlin))
                .containsExactly("01:00+02:00", "01:30+02:00", "02:00+02:00", "02:30+02:00", "02:00+01:00", "02:30+01:00",
                        "03:00+01:00");
    }

    private static List<String> nightOf(List<Instant> starts, LocalDate sunday, ZoneId zone) {
        return starts.stream().map(start -> start.atZone(zone))
                .filter(local -> local.toLocalDate().equals(sunday))
                .map(local -> local.toLocalTime() + local.getOffset().getId())
                .toList();
    }
}
