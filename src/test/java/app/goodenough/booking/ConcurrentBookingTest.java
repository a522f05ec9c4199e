package app.goodenough.booking;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.LostDeadlock;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestPractice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many readers at once: PostgreSQL lets exactly one of them have each time. */
class ConcurrentBookingTest extends ServiceTest {

    @Autowired BookingService bookingService;
    @Autowired LostDeadlock lostDeadlock;

    @Test
    void fiftyReadersForOneTimeMakeExactlyOneBookingAndFortyNineClearRefusals() throws Exception {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Instant start = freeTimes(practice, 4).getFirst();

        List<Outcome> outcomes = race(50, i -> start, practice);

        assertThat(outcomes).filteredOn(Outcome.BOOKED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Outcome.TAKEN::equals).hasSize(49);
        assertThat(bookingsOf(practice)).isOne();
    }

    @Test
    void twoHundredReadersForTwentyTimesMakeTwentyBookingsThatNeverOverlap() throws Exception {
        TestPractice.Practice practice = testPractice.open("America/New_York");
        List<Instant> twenty = separateStarts(practice, 20);

        List<Outcome> outcomes = race(200, i -> twenty.get(i % 20), practice);

        assertThat(outcomes).filteredOn(Outcome.BOOKED::equals).hasSize(20);
        assertThat(outcomes).filteredOn(Outcome.TAKEN::equals).hasSize(180);
        assertThat(bookingsOf(practice)).isEqualTo(20);
        assertThat(jdbc.queryForObject("""
                select count(*) from booking a join booking b
                  on a.coach_id = b.coach_id and a.id < b.id and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                where a.coach_id = ?
                """, Integer.class, practice.coach().id().value())).isZero();
    }

    /** Two readers who both wait for each other's claim: PostgreSQL fails one of them, whose booking runs again and books. */
    @Test
    void aReaderWhoLosesADeadlockIsServedAgainAndBooks() throws Exception {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Instant start = freeTimes(practice, 4).getFirst();

        Confirmation booked = lostDeadlock.around(practice.coach().id(), start, () -> bookingService.book(new BookingRequest(
                practice.session().id(), start, "Patient Reader", "patient-" + UUID.randomUUID() + "@example.org", "", null, "",
                "Europe/Berlin", UUID.randomUUID())));

        assertThat(booked.booking().start()).isEqualTo(start);
        assertThat(bookingsOf(practice)).isOne();
    }

    enum Outcome { BOOKED, TAKEN, FAILED }

    interface StartFor {
        Instant start(int reader);
    }

    private List<Outcome> race(int readers, StartFor startFor, TestPractice.Practice practice) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                BookingRequest request = new BookingRequest(practice.session().id(), startFor.start(i), "Reader " + i,
                        "reader-" + UUID.randomUUID() + "@example.org", "", null, "", "Asia/Tokyo", UUID.randomUUID());
                futures.add(pool.submit((Callable<Outcome>) () -> {
                    go.await();
                    try {
                        bookingService.book(request);
                        return Outcome.BOOKED;
                    } catch (SlotTakenException taken) {
                        return Outcome.TAKEN;
                    } catch (RuntimeException other) {
                        other.printStackTrace();
                        return Outcome.FAILED;
                    }
                }));
            }
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Free starts an hour apart, so that each can be booked whatever the others do (50 minutes + 10 after). */
    private List<Instant> separateStarts(TestPractice.Practice practice, int count) {
        List<Instant> starts = new ArrayList<>();
        for (int day = 5; starts.size() < count; day++) {
            for (Instant start : freeTimes(practice, day)) {
                if (starts.size() < count && (starts.isEmpty() || !start.isBefore(starts.getLast().plusSeconds(3600)))) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    private List<Instant> freeTimes(TestPractice.Practice practice, int daysAhead) {
        return testPractice.freeTimes(practice, daysAhead);
    }

    private int bookingsOf(TestPractice.Practice practice) {
        return jdbc.queryForObject("select count(*) from booking where coach_id = ?", Integer.class, practice.coach().id().value());
    }
}
