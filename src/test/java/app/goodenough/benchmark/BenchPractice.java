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
import app.goodenough.booking.BookingService;
import app.goodenough.practice.PracticeService;
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
import org.springframework.stereotype.Component;

/** A coach who can be booked every 20 minutes, day and night, for a year: room for thousands of sessions. */
@Component
public class BenchPractice {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String PASSWORD = "a long walk home";

    public record Practice(Account coach, SessionType session) {
    }

    private final PracticeService practiceService;
    private final AvailabilityService availabilityService;
    private final BookingService bookingService;
    private final SystemTask systemTask;

    BenchPractice(PracticeService practiceService, AvailabilityService availabilityService, BookingService bookingService,
            SystemTask systemTask) {
        this.practiceService = practiceService;
        this.availabilityService = availabilityService;
        this.bookingService = bookingService;
        this.systemTask = systemTask;
    }

    public Practice open() {
        return systemTask.call("benchmark", () -> {
            Account coach = practiceService.openPractice(new NewAccount("bench-coach-" + UUID.randomUUID() + "@example.org",
                    "Bench Coach", Role.COACH, PASSWORD), ZONE.getId());
            Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day, List.of(TimeWindow.of("00:00", "23:40")));
            }
            availabilityService.setRules(coach.id(), new RuleSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(12), 365,
                    Duration.ofMinutes(20), Duration.ofHours(24)), weekly);
            SessionType session = availabilityService.offer(coach.id(), new NewSessionType("Bench session", 20, "", "", "#2d8479"));
            return new Practice(coach, session);
        });
    }

    /** Free starts from tomorrow on, every {@code every}-th one, until {@code count} are found. */
    public List<Instant> freeStarts(SessionType type, int count, int every) {
        return freeStarts(type, count, every, LocalDate.now(ZONE).plusDays(1));
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
