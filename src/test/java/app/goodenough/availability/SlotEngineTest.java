package app.goodenough.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlotEngineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Duration FIFTY = Duration.ofMinutes(50);
    static final List<TimeWindow> WORKDAY = List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00"));
    /** Monday 2026-11-30 in Berlin. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    static AvailabilityRules rules(ZoneId zone) {
        return rules(zone, Duration.ZERO, Duration.ofMinutes(10), Map.of());
    }

    static AvailabilityRules rules(ZoneId zone, Duration before, Duration after, Map<LocalDate, List<TimeWindow>> overrides) {
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, WORKDAY);
        }
        return new AvailabilityRules(zone, weekly, overrides, before, after, Duration.ofHours(12), 60, Duration.ofMinutes(30));
    }

    static Instant at(LocalDate date, String time, ZoneId zone) {
        return ZonedDateTime.of(date, LocalTime.parse(time), zone).toInstant();
    }

    static Instant weekBefore(LocalDate date) {
        return at(date.minusDays(14), "00:00", BERLIN);
    }

    static List<String> localTimes(List<Instant> starts, ZoneId zone) {
        return starts.stream().map(start -> start.atZone(zone).toLocalTime().toString()).toList();
    }

    static List<Instant> day(AvailabilityRules rules, Duration length, List<TimeRange> taken, LocalDate date) {
        return SlotEngine.freeStarts(rules, length, taken, date, date, weekBefore(date));
    }

    @Test
    void offersEveryStepWhoseWholeSessionFitsAWindow() {
        List<Instant> starts = day(rules(BERLIN), FIFTY, List.of(), MONDAY);

        assertThat(localTimes(starts, BERLIN)).containsExactly(
                "09:00", "09:30", "10:00", "10:30", "11:00",
                "13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00");
    }

    @Test
    void aBookingAndItsBufferAfterKeepNeighboursAwayButBackToBackStillFits() {
        AvailabilityRules rules = rules(BERLIN);
        Instant booked = at(MONDAY, "10:00", BERLIN);

        List<Instant> starts = day(rules, FIFTY, List.of(rules.claimFor(booked, FIFTY)), MONDAY);

        assertThat(localTimes(starts, BERLIN)).startsWith("09:00", "11:00").doesNotContain("09:30", "10:00", "10:30");
    }

    @Test
    void buffersOfNeighbouringSessionsAddUp() {
        AvailabilityRules rules = rules(BERLIN, Duration.ofMinutes(15), Duration.ofMinutes(15), Map.of());
        Instant booked = at(MONDAY, "13:00", BERLIN);

        List<Instant> starts = day(rules, FIFTY, List.of(rules.claimFor(booked, FIFTY)), MONDAY);

        // 13:00–13:50 keeps 12:45–14:05; a 14:30 start keeps 14:15–15:35 and fits, 14:00 would keep 13:45–15:05
        assertThat(localTimes(starts, BERLIN)).contains("11:00", "14:30").doesNotContain("13:30", "14:00");
    }

    @Test
    void blockedTimeIsNotOffered() {
        TimeRange block = new TimeRange(at(MONDAY, "13:00", BERLIN), at(MONDAY, "15:00", BERLIN));

        List<Instant> starts = day(rules(BERLIN), FIFTY, List.of(block), MONDAY);

        assertThat(localTimes(starts, BERLIN)).endsWith("11:00", "15:00", "15:30", "16:00").doesNotContain("13:00", "14:30");
    }

    @Test
    void nothingInsideTheMinimumNotice() {
        Instant now = at(MONDAY, "08:00", BERLIN);

        List<Instant> starts = SlotEngine.freeStarts(rules(BERLIN), FIFTY, List.of(), MONDAY, MONDAY.plusDays(1), now);

        assertThat(starts).allSatisfy(start -> assertThat(start).isAfterOrEqualTo(now.plus(Duration.ofHours(12))));
        assertThat(starts.getFirst()).isEqualTo(at(MONDAY.plusDays(1), "09:00", BERLIN));
    }

    @Test
    void nothingBeyondTheHorizon() {
        Instant now = at(MONDAY, "08:00", BERLIN);

        List<Instant> starts = SlotEngine.freeStarts(rules(BERLIN), FIFTY, List.of(), MONDAY, MONDAY.plusDays(90), now);

        assertThat(starts.getLast().atZone(BERLIN).toLocalDate()).isEqualTo(MONDAY.plusDays(60));
    }

    @Test
    void aClosedDateOffersNothingAndOtherHoursReplaceTheWeek() {
        LocalDate tuesday = MONDAY.plusDays(1);
        AvailabilityRules rules = rules(BERLIN, Duration.ZERO, Duration.ZERO,
                Map.of(MONDAY, List.of(), tuesday, List.of(TimeWindow.of("10:00", "11:00"))));

        assertThat(day(rules, FIFTY, List.of(), MONDAY)).isEmpty();
        assertThat(localTimes(day(rules, Duration.ofMinutes(20), List.of(), tuesday), BERLIN)).containsExactly("10:00", "10:30");
    }

    @Test
    void aDayWithoutHoursOffersNothing() {
        AvailabilityRules weekdaysOnly = new AvailabilityRules(BERLIN, Map.of(DayOfWeek.MONDAY, WORKDAY), Map.of(),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, 60, Duration.ofMinutes(30));

        assertThat(day(weekdaysOnly, FIFTY, List.of(), MONDAY.plusDays(5))).isEmpty();
        assertThat(day(weekdaysOnly, FIFTY, List.of(), MONDAY)).hasSize(12);
    }

    @Nested
    class WhenClocksChange {

        static final LocalDate BERLIN_SPRING = LocalDate.of(2026, 3, 29);
        static final LocalDate BERLIN_AUTUMN = LocalDate.of(2026, 10, 25);
        static final LocalDate NEW_YORK_SPRING = LocalDate.of(2026, 3, 8);
        static final LocalDate NEW_YORK_AUTUMN = LocalDate.of(2026, 11, 1);

        @Test
        void berlinMorningAndAfternoonHoursStayAtTheirLocalTimesThroughBothChanges() {
            for (LocalDate change : List.of(BERLIN_SPRING, BERLIN_AUTUMN)) {
                for (LocalDate date : List.of(change.minusDays(7), change, change.plusDays(7))) {
                    List<Instant> starts = day(rules(BERLIN), FIFTY, List.of(), date);
                    assertThat(localTimes(starts, BERLIN)).as("Berlin %s", date).startsWith("09:00").contains("13:00").endsWith("16:00");
                }
            }
        }

        @Test
        void aClientInTokyoSeesBerlinHoursMoveByTheHourOfTheChange() {
            assertThat(tokyoTimes(BERLIN_SPRING.minusDays(7))).startsWith("17:00").contains("21:00");
            assertThat(tokyoTimes(BERLIN_SPRING)).startsWith("16:00").contains("20:00");
            assertThat(tokyoTimes(BERLIN_AUTUMN.minusDays(7))).startsWith("16:00").contains("20:00");
            assertThat(tokyoTimes(BERLIN_AUTUMN)).startsWith("17:00").contains("21:00");
        }

        @Test
        void newYorkMorningAndAfternoonHoursStayAtTheirLocalTimesAndMoveForAClientInKolkata() {
            for (LocalDate change : List.of(NEW_YORK_SPRING, NEW_YORK_AUTUMN)) {
                for (LocalDate date : List.of(change.minusDays(7), change, change.plusDays(7))) {
                    assertThat(localTimes(day(rules(NEW_YORK), FIFTY, List.of(), date), NEW_YORK)).as("New York %s", date)
                            .startsWith("09:00").contains("13:00").endsWith("16:00");
                }
            }
            // 09:00 in New York is 19:30 in Kolkata in winter (UTC-5) and 18:30 in summer (UTC-4)
            assertThat(firstStart(NEW_YORK, NEW_YORK_SPRING.minusDays(7)).atZone(KOLKATA).toLocalTime()).hasToString("19:30");
            assertThat(firstStart(NEW_YORK, NEW_YORK_SPRING).atZone(KOLKATA).toLocalTime()).hasToString("18:30");
            assertThat(firstStart(NEW_YORK, NEW_YORK_AUTUMN.minusDays(7)).atZone(KOLKATA).toLocalTime()).hasToString("18:30");
            assertThat(firstStart(NEW_YORK, NEW_YORK_AUTUMN).atZone(KOLKATA).toLocalTime()).hasToString("19:30");
        }

        @Test
        void betweenTheTwoChangesBerlinIsFiveHoursAheadOfNewYorkInsteadOfSix() {
            LocalDate between = LocalDate.of(2026, 3, 16);
            Instant berlinNine = firstStart(BERLIN, between);
            assertThat(berlinNine.atZone(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 16, 4, 0));
            Instant berlinNineLater = firstStart(BERLIN, LocalDate.of(2026, 4, 6));
            assertThat(berlinNineLater.atZone(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 4, 6, 3, 0));
        }

        @Test
        void aNightWindowCountsRealHoursOnTheShortAndTheLongNight() {
            AvailabilityRules nights = new AvailabilityRules(BERLIN,
                    Map.of(DayOfWeek.SUNDAY, List.of(TimeWindow.of("01:00", "04:00"))), Map.of(),
                    Duration.ZERO, Duration.ZERO, Duration.ZERO, 365, Duration.ofHours(1));

            assertThat(day(nights, Duration.ofHours(1), List.of(), BERLIN_SPRING)).hasSize(2);
            assertThat(day(nights, Duration.ofHours(1), List.of(), BERLIN_AUTUMN)).hasSize(4);
        }

        private List<String> tokyoTimes(LocalDate date) {
            return localTimes(day(rules(BERLIN), FIFTY, List.of(), date), TOKYO);
        }

        private Instant firstStart(ZoneId zone, LocalDate date) {
            return day(rules(zone), FIFTY, List.of(), date).getFirst();
        }
    }
}
