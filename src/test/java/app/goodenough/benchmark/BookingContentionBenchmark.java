package app.goodenough.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingService;
import app.goodenough.booking.SlotTakenException;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 1,000 readers try to book 20 times (50 for each) at the same moment, through 64 request
 * threads: exactly 20 bookings, 980 refusals with alternatives; prints how long the whole rush
 * took and what each side waited. Run with {@code ./mvnw test -Pbenchmark -Dtest=BookingContentionBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class BookingContentionBenchmark {

    private static final int ATTEMPTS = 1_000;
    private static final int TIMES = 20;
    private static final int REQUEST_THREADS = 64;
    private static final int ROUNDS = 3;

    @Autowired BookingService bookingService;
    @Autowired BenchPractice benchPractice;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aThousandReadersForTwentyTimes() throws Exception {
        for (int round = 0; round <= ROUNDS; round++) {
            SessionType type = benchPractice.open().session();
            List<Instant> times = benchPractice.freeStarts(type, TIMES, 3);
            Rush rush = rush(type, times);

            assertThat(rush.booked().count()).isEqualTo(TIMES);
            assertThat(rush.refused().count()).isEqualTo(ATTEMPTS - TIMES);
            assertThat(jdbc.queryForObject("select count(*) from booking where coach_id = ?", Integer.class,
                    type.coachId().value())).isEqualTo(TIMES);
            if (round > 0) {
                System.out.printf(Locale.ROOT, "contention, round %d: %d attempts on %d times in %.0f ms (%.0f attempts/s); booked: median %.1f ms, "
                                + "p99 %.1f ms; refused with alternatives: median %.1f ms, p99 %.1f ms%n", round, ATTEMPTS, TIMES,
                        rush.elapsedNanos() / 1e6, ATTEMPTS / (rush.elapsedNanos() / 1e9),
                        rush.booked().percentileMicros(50) / 1000, rush.booked().percentileMicros(99) / 1000,
                        rush.refused().percentileMicros(50) / 1000, rush.refused().percentileMicros(99) / 1000);
            }
        }
    }

    private record Rush(Stopwatch booked, Stopwatch refused, long elapsedNanos) {
    }

    private Rush rush(SessionType type, List<Instant> times) throws Exception {
        Stopwatch booked = new Stopwatch(ATTEMPTS);
        Stopwatch refused = new Stopwatch(ATTEMPTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> answers = new ArrayList<>();
        long begin;
        try (ExecutorService readers = Executors.newFixedThreadPool(REQUEST_THREADS)) {
            for (int i = 0; i < ATTEMPTS; i++) {
                BookingRequest request = new BookingRequest(type.id(), times.get(i % TIMES), "Rush Reader",
                        "rush-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID());
                answers.add(readers.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        bookingService.book(request);
                        booked.record(System.nanoTime() - start);
                    } catch (SlotTakenException taken) {
                        assertThat(taken.nearestFreeStarts()).isNotEmpty();
                        refused.record(System.nanoTime() - start);
                    }
                    return null;
                }));
            }
            begin = System.nanoTime();
            go.countDown();
            for (Future<?> answer : answers) {
                answer.get();
            }
        }
        return new Rush(booked, refused, System.nanoTime() - begin);
    }
}
