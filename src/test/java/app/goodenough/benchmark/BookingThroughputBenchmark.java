package app.goodenough.benchmark;

import app.goodenough.account.Account;
import app.goodenough.account.NewAccount;
import app.goodenough.account.Role;
import app.goodenough.account.SystemTask;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.NewSessionType;
import app.goodenough.availability.RuleSettings;
import app.goodenough.availability.SessionType;
import app.goodenough.availability.TimeWindow;
import app.goodenough.booking.BookingRequest;
import app.goodenough.booking.BookingService;
import app.goodenough.practice.PracticeService;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.TestDatabase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking service: bookings per second for distinct free times, and latency percentiles,
 * through {@link BookingService#book} (checks, client account, claim, booking) on the test
 * database. Run with {@code ./mvnw test -Pbenchmark -Dtest=BookingThroughputBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class BookingThroughputBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 2_000;

    @Autowired BookingService bookingService;
    @Autowired PracticeService practiceService;
    @Autowired AvailabilityService availabilityService;
    @Autowired SystemTask systemTask;

    @Test
    void distinctTimesOneReaderAtATimeAndFourAtOnce() throws Exception {
        SessionType type = roundTheClockPractice();
        List<Instant> starts = freeStarts(type, WARM_UP + 2 * MEASURED);
        run(type, starts.subList(0, WARM_UP), 1);
        report("1 thread ", run(type, starts.subList(WARM_UP, WARM_UP + MEASURED), 1));
        report("4 threads", run(type, starts.subList(WARM_UP + MEASURED, WARM_UP + 2 * MEASURED), 4));
        System.out.println("database: " + TestDatabase.connection().kind() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    private record Result(Stopwatch latencies, long elapsedNanos) {
    }

    private Result run(SessionType type, List<Instant> starts, int threads) throws Exception {
        Stopwatch latencies = new Stopwatch(starts.size());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long begin = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < starts.size(); i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    bookingService.book(new BookingRequest(type.id(), starts.get(i), "Bench Reader",
                            "bench-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID()));
                    latencies.record(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return new Result(latencies, System.nanoTime() - begin);
    }

    private static void report(String label, Result result) {
        double perSecond = result.latencies().count() / (result.elapsedNanos() / 1e9);
        System.out.printf("booking, %s: %.0f bookings/s, median %.1f ms, p99 %.1f ms over %d bookings%n", label, perSecond,
                result.latencies().percentileMicros(50) / 1000, result.latencies().percentileMicros(99) / 1000,
                result.latencies().count());
    }

    /** A coach who can be booked every 20 minutes, day and night, for a year: room for thousands of distinct times. */
    private SessionType roundTheClockPractice() {
        return systemTask.call("benchmark", () -> {
            Account coach = practiceService.openPractice(new NewAccount("bench-coach-" + UUID.randomUUID() + "@example.org",
                    "Bench Coach", Role.COACH, "a long walk home"), "Europe/Berlin");
            Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day, List.of(TimeWindow.of("00:00", "23:40")));
            }
            availabilityService.setRules(coach.id(),
                    new RuleSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(12), 365, Duration.ofMinutes(20), Duration.ofHours(24)), weekly);
            return availabilityService.offer(coach.id(), new NewSessionType("Bench session", 20, "", "", "#2d8479"));
        });
    }

    private List<Instant> freeStarts(SessionType type, int count) {
        List<Instant> starts = new ArrayList<>();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        for (LocalDate day = LocalDate.now(zone).plusDays(1); starts.size() < count; day = day.plusDays(1)) {
            starts.addAll(bookingService.freeTimesOn(type.id(), day, zone));
        }
        return starts.subList(0, count);
    }
}
