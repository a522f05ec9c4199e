package app.goodenough.benchmark;

import app.goodenough.availability.RuleSettings;
import app.goodenough.booking.BookingService;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A coach who can be booked every 20 minutes, day and night, for a year: room for thousands of sessions. */
@Component
public class BenchPractice {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final TestPractice testPractice;
    private final BookingService bookingService;

    BenchPractice(TestPractice testPractice, BookingService bookingService) {
        this.testPractice = testPractice;
        this.bookingService = bookingService;
    }

    public TestPractice.Practice open() {
        return testPractice.open(ZONE.getId(), "00:00", "23:40",
                new RuleSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(12), 365, Duration.ofMinutes(20),
                        Duration.ofHours(24), Duration.ofHours(24)),
                new NewSessionType("Bench session", 20, "", "", "#2d8479"));
    }

    /** Free starts from tomorrow on, every {@code every}-th one, until {@code count} are found. */
    public List<Instant> freeStarts(SessionType type, int count, int every) {
        return freeStarts(type, count, every, TestClock.get().today(ZONE).plusDays(1));
    }

    /** Free starts from {@code first} on, every {@code every}-th one, until {@code count} are found. */
    public List<Instant> freeStarts(SessionType type, int count, int every, LocalDate first) {
        List<Instant> starts = new ArrayList<>();
        int seen = 0;
        for (LocalDate day = first; starts.size() < count; day = day.plusDays(1)) {
            for (Instant start : bookingService.freeTimesOn(type.id(), day, ZONE)) {
                if (seen++ % every == 0 && starts.size() < count) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }
}
