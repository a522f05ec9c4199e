package app.goodenough.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.SlotTakenException;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.SeriesOccurrence.Fit;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Series on real PostgreSQL: the same local time across clock changes, whole or not at all, never over anything else. */
class SeriesServiceTest extends ServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired SeriesService series;
    @Autowired BookingService bookingService;
    @Autowired TimeBlockService timeBlocks;
    TestPractice.Practice practice;
    AccountId client;

    @BeforeEach
    void aCoachInBerlinWithAClient() {
        practice = testPractice.open("Europe/Berlin");
        client = testPractice.bookFirstFreeTime(practice, 1).booking().clientId();
        signIn.as(practice.coach().email());
    }

    @Test
    void twentySixFortnightlySessionsKeepTheirBerlinTimeAcrossBothClockChangesSeenFromNewYorkAndTokyo() {
        int year = TestClock.get().today(BERLIN).getYear() + 1;
        LocalDate first = LocalDate.of(year, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        NewSeries request = series(first, LocalTime.of(10, 0), 2, 26);

        List<SeriesOccurrence> preview = series.preview(request);
        assertThat(preview).hasSize(26).allSatisfy(occurrence -> {
            assertThat(occurrence.fit()).isEqualTo(Fit.FREE);
            assertThat(occurrence.start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(preview.getLast().day()).isEqualTo(first.plusWeeks(50));
        List<Confirmation> booked = series.book(request, positions(26));

        assertThat(booked).extracting(confirmation -> confirmation.booking().start()).containsExactlyElementsOf(
                preview.stream().map(SeriesOccurrence::start).toList());
        List<LocalDate> days = preview.stream().map(SeriesOccurrence::day).toList();
        List<ZoneOffsetTransition> berlin = transitions(BERLIN, year);
        List<ZoneOffsetTransition> newYork = transitions(ZoneId.of("America/New_York"), year);
        List<LocalDate> betweenTheChanges = days.stream().filter(day -> between(day, newYork.get(0), berlin.get(0))
                || between(day, berlin.get(1), newYork.get(1))).toList();
        assertThat(betweenTheChanges).as("a day between the two countries' spring changes").isNotEmpty();
        assertThat(localTimes(booked, "America/New_York")).as("New York: an hour later only while one side has changed")
                .containsEntry(LocalTime.of(5, 0), betweenTheChanges)
                .containsEntry(LocalTime.of(4, 0), days.stream().filter(day -> !betweenTheChanges.contains(day)).toList());
        Map<LocalTime, List<LocalDate>> tokyo = localTimes(booked, "Asia/Tokyo");
        assertThat(tokyo.keySet()).as("Tokyo has no clock change: the Berlin summer moves it")
                .containsExactlyInAnyOrder(LocalTime.of(17, 0), LocalTime.of(18, 0));
        assertThat(tokyo.get(LocalTime.of(17, 0))).first()
                .isEqualTo(days.stream().filter(day -> day.isAfter(berlin.get(0).getDateTimeBefore().toLocalDate())).findFirst().orElseThrow());
        assertThat(jdbc.queryForList("select series_position from booking where series_id = ? order by starts_at", Integer.class,
                request.idempotencyKey())).containsExactlyElementsOf(IntStream.rangeClosed(1, 26).boxed().toList());
    }

    @Test
    void aNinthSessionOverAnotherBookingIsNamedAndTheSeriesIsRefusedWholeOrBookedWithoutIt() {
        LocalDate first = TestClock.get().today(BERLIN).plusDays(3);
        NewSeries request = series(first, LocalTime.of(11, 0), 1, 10);
        Instant ninth = first.plusWeeks(8).atTime(11, 0).atZone(BERLIN).toInstant();
        signIn.out();
        Confirmation other = bookingService.book(new BookingRequest(practice.session().id(), ninth, "Other Reader",
                "other-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID()));
        signIn.as(practice.coach().email());

        SeriesOccurrence blocked = series.preview(request).get(8);
        assertThat(blocked.fit()).isEqualTo(Fit.CONFLICT);
        assertThat(blocked.conflict()).isEqualTo("Other Reader's Coaching session");
        assertThatThrownBy(() -> series.book(request, positions(10))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems().getFirst().message()).startsWith("Session 9, ").contains("overlaps Other Reader's"));
        assertThat(sessionsOf(request)).as("nothing half-booked").isZero();

        Set<Integer> freeOnes = series.preview(request).stream().filter(occurrence -> occurrence.fit() == Fit.FREE)
                .map(SeriesOccurrence::position).collect(Collectors.toSet());
        assertThat(series.book(request, freeOnes)).hasSize(9);
        assertThat(sessionsOf(request)).isEqualTo(9);
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, other.booking().id().value())).isEqualTo("BOOKED");
    }

    @Test
    void blockedTimeAndTheHourTheClocksSkipAreSaidAndNotBooked() {
        LocalDate spring = transitions(BERLIN, TestClock.get().today(BERLIN).getYear() + 1).get(0).getDateTimeBefore().toLocalDate();
        NewSeries request = series(spring.minusWeeks(2), LocalTime.of(2, 30), 1, 3);
        assertThat(series.preview(request)).extracting(SeriesOccurrence::fit)
                .containsExactly(Fit.OUTSIDE_HOURS, Fit.OUTSIDE_HOURS, Fit.CLOCKS_SKIP);
        assertThatThrownBy(() -> series.book(request, positions(3))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems().getFirst().message()).contains("outside your working hours"));

        LocalDate day = TestClock.get().today(BERLIN).plusDays(10);
        timeBlocks.block(day.plusWeeks(1), TimeWindow.of("13:00", "15:00"), "Dentist");
        assertThat(series.preview(series(day, LocalTime.of(14, 0), 1, 2)).get(1).conflict()).isEqualTo("blocked time");
    }

    @Test
    void whatCannotMakeASeriesIsSaidAtItsFields() {
        NewSeries nonsense = new NewSeries(null, null, TestClock.get().today(BERLIN).minusDays(1), LocalTime.of(10, 0), 3, 60, null, false,
                UUID.randomUUID());
        assertThatThrownBy(() -> series.preview(nonsense)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(problem -> problem.field())
                        .contains("sessionType", "client", "everyWeeks", "count", "time"));
        TestPractice.Practice other = testPractice.open("Europe/Berlin");
        NewSeries theirs = new NewSeries(other.session().id(), client, TestClock.get().today(BERLIN).plusDays(3), LocalTime.of(10, 0), 1, 2,
                null, false, UUID.randomUUID());
        assertThatThrownBy(() -> series.preview(theirs)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void twoHundredSingleBookingsRacingTheSeriesNeverOverlapItAndItIsBookedWholeOrNotAtAll() throws Exception {
        LocalDate first = TestClock.get().today(BERLIN).plusDays(3);
        NewSeries request = series(first, LocalTime.of(15, 0), 1, 8);
        List<Instant> starts = series.preview(request).stream().map(SeriesOccurrence::start).toList();
        signIn.out();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> readers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                BookingRequest single = new BookingRequest(practice.session().id(), starts.get(i % starts.size()), "Racer " + i,
                        "racer-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID());
                readers.add(pool.submit(() -> {
                    go.await();
                    try {
                        bookingService.book(single);
                        return true;
                    } catch (SlotTakenException | InvalidInputException refused) {
                        return false;
                    }
                }));
            }
            Future<Integer> coach = pool.submit(() -> signIn.during(practice.coach().email(), () -> {
                try {
                    return series.book(request, positions(8)).size();
                } catch (InvalidInputException refused) {
                    return 0;
                }
            }));
            go.countDown();
            int seriesBooked = coach.get();
            long singles = 0;
            for (Future<Boolean> reader : readers) {
                singles += reader.get() ? 1 : 0;
            }
            assertThat(seriesBooked).isIn(0, 8);
            assertThat(sessionsOf(request)).isEqualTo(seriesBooked);
            assertThat(singles + seriesBooked).isLessThanOrEqualTo(8);
            assertThat(jdbc.queryForObject("""
                    select count(*) from booking a join booking b
                      on a.coach_id = b.coach_id and a.id < b.id and a.status <> 'CANCELLED' and b.status <> 'CANCELLED'
                     and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                    where a.coach_id = ?
                    """, Integer.class, practice.coach().id().value())).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private NewSeries series(LocalDate first, LocalTime time, int everyWeeks, int count) {
        return new NewSeries(practice.session().id(), client, first, time, everyWeeks, count, null, false, UUID.randomUUID());
    }

    /** A zone's two clock changes of a year, spring first. */
    private static List<ZoneOffsetTransition> transitions(ZoneId zone, int year) {
        ZoneOffsetTransition spring = zone.getRules().nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        return List.of(spring, zone.getRules().nextTransition(spring.getInstant()));
    }

    /** Whether a day lies after the first change and before the second, each taken on the day it happens. */
    private static boolean between(LocalDate day, ZoneOffsetTransition earlier, ZoneOffsetTransition later) {
        return day.isAfter(earlier.getDateTimeBefore().toLocalDate()) && day.isBefore(later.getDateTimeBefore().toLocalDate());
    }

    private static Set<Integer> positions(int count) {
        return IntStream.rangeClosed(1, count).boxed().collect(Collectors.toSet());
    }

    private int sessionsOf(NewSeries request) {
        return jdbc.queryForObject("select count(*) from booking where series_id = ?", Integer.class, request.idempotencyKey());
    }

    /** The days of the sessions by their start time in {@code zone}. */
    private static Map<LocalTime, List<LocalDate>> localTimes(List<Confirmation> booked, String zone) {
        return booked.stream().map(confirmation -> confirmation.booking().start().atZone(ZoneId.of(zone)))
                .collect(Collectors.groupingBy(moment -> moment.toLocalTime(), TreeMap::new,
                        Collectors.mapping(moment -> moment.toLocalDate(), Collectors.toList())));
    }
}
