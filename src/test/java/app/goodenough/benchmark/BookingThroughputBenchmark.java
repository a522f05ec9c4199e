package app.goodenough.benchmark;

import app.goodenough.booking.BookingService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * through {@link BookingService#book} (checks, client account, claim, booking, the messages
 * queued in the outbox) on the test database; four readers at once in three rounds, since runs
 * on a shared two-core machine vary. Run with {@code ./mvnw test -Pbenchmark -Dtest=BookingThroughputBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class BookingThroughputBenchmark {

    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 2_000;
    private static final int ROUNDS_WITH_FOUR = 3;

    @Autowired BookingService bookingService;
    @Autowired BenchPractice benchPractice;

    @Test
    void distinctTimesOneReaderAtATimeAndFourAtOnce() throws Exception {
        SessionType type = benchPractice.open().session();
        List<Instant> starts = benchPractice.freeStarts(type, WARM_UP + (1 + ROUNDS_WITH_FOUR) * MEASURED, 1);
        run(type, starts.subList(0, WARM_UP), 1);
        report("1 thread ", run(type, starts.subList(WARM_UP, WARM_UP + MEASURED), 1));
        for (int round = 1; round <= ROUNDS_WITH_FOUR; round++) {
            int first = WARM_UP + round * MEASURED;
            report("4 threads, round " + round, run(type, starts.subList(first, first + MEASURED), 4));
        }
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
        System.out.printf(Locale.ROOT, "booking, %s: %.0f bookings/s, median %.1f ms, p99 %.1f ms over %d bookings%n", label, perSecond,
                result.latencies().percentileMicros(50) / 1000, result.latencies().percentileMicros(99) / 1000,
                result.latencies().count());
    }
}
