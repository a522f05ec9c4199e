package app.goodenough.support;

import app.goodenough.account.Account;
import app.goodenough.account.NewAccount;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.RuleSettings;
import app.goodenough.availability.TimeWindow;
import app.goodenough.booking.BookingService;
import app.goodenough.identity.Role;
import app.goodenough.identity.SystemTask;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A coach of a test's own, working every day 09:00–17:00, so that tests never share a calendar. */
@Component
public class TestPractice {

    public static final String PASSWORD = "a long walk home";

    public record Practice(Account coach, ZoneId zone, SessionType session) {
    }

    private final List<Practice> opened = new CopyOnWriteArrayList<>();
    private final JdbcTemplate jdbc;
    private final PracticeService practiceService;
    private final AvailabilityService availabilityService;
    private final SessionTypeService sessionTypeService;
    private final BookingService bookingService;
    private final SystemTask systemTask;
    private final SignIn signIn;

    TestPractice(PracticeService practiceService, AvailabilityService availabilityService,
            SessionTypeService sessionTypeService, BookingService bookingService, SystemTask systemTask, SignIn signIn, JdbcTemplate jdbc) {
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.practiceService = practiceService;
        this.availabilityService = availabilityService;
        this.sessionTypeService = sessionTypeService;
        this.bookingService = bookingService;
        this.systemTask = systemTask;
    }

    /** A coach in {@code zone} offering a 50-minute session, 10 minutes of buffer after, 30-minute steps. */
    public Practice open(String zone) {
        return open(zone, "09:00", "17:00",
                new RuleSettings(Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(12), 60, Duration.ofMinutes(30),
                        Duration.ofHours(24), Duration.ofHours(24)),
                new NewSessionType("Coaching session", 50, "Fifty minutes.", "90 €", "#b8643c"));
    }

    /** A coach in {@code zone} who works from {@code start} to {@code end} every day, offering one kind of session. */
    public Practice open(String zone, String start, String end, RuleSettings rules, NewSessionType type) {
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(TimeWindow.of(start, end)));
        }
        return open(zone, weekly, rules, type);
    }

    /**
     * A coach in {@code zone} who works weekdays 09:00–12:00 and 13:00–17:00, like the demo coach,
     * and Sunday nights 01:00–04:00, the nights clocks change; 12 hours' notice, 60 days ahead, a
     * 30-minute step, 10 minutes kept free after each session of 50 minutes, which alone has its name.
     */
    public Practice openWithSundayNights(ZoneId zone) {
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekly.put(day, List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00")));
        }
        weekly.put(DayOfWeek.SUNDAY, List.of(TimeWindow.of("01:00", "04:00")));
        String name = "Session " + UUID.randomUUID().toString().substring(0, 8);
        return open(zone.getId(), weekly, new RuleSettings(Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(12), 60,
                Duration.ofMinutes(30), Duration.ofHours(24), Duration.ofHours(24)), new NewSessionType(name, 50, "Fifty minutes.", "", "#4a6fa5"));
    }

    private Practice open(String zone, Map<DayOfWeek, List<TimeWindow>> weekly, RuleSettings rules, NewSessionType type) {
        return systemTask.call("test", () -> {
            Account coach = practiceService.openPractice(new NewAccount(
                    "coach-" + UUID.randomUUID() + "@example.org", "Test Coach", Role.COACH, PASSWORD), zone);
            availabilityService.setRules(coach.id(), rules, weekly);
            Practice practice = new Practice(coach, ZoneId.of(zone), sessionTypeService.offer(coach.id(), type));
            opened.add(practice);
            return practice;
        });
    }

    /** A new reader books the first free time {@code daysAhead} days from today, as anyone on the booking page could. */
    public Confirmation bookFirstFreeTime(Practice practice, int daysAhead) {
        return bookFirstFreeTime(practice, daysAhead, "reader-" + UUID.randomUUID() + "@example.org");
    }

    /** A new reader with this address books the first free time {@code daysAhead} days from today. */
    public Confirmation bookFirstFreeTime(Practice practice, int daysAhead, String email) {
        Instant start = freeTimes(practice, daysAhead).getFirst();
        return bookingService.book(new BookingRequest(practice.session().id(), start, "Test Reader", email, "", "", "", practice.zone().getId(), UUID.randomUUID()));
    }

    /** A new reader called {@code name}, working on the principle {@code focus}, books the first free time {@code daysAhead} days ahead. */
    public Confirmation bookFirstFreeTime(Practice practice, int daysAhead, String name, String focus) {
        Instant start = freeTimes(practice, daysAhead).getFirst();
        return bookingService.book(new BookingRequest(practice.session().id(), start, name, "reader-" + UUID.randomUUID() + "@example.org",
                "", focus, "", practice.zone().getId(), UUID.randomUUID()));
    }

    /** The client with this account, signed in, books the first free time {@code daysAhead} days from today. */
    public Confirmation bookFirstFreeTimeAs(Practice practice, int daysAhead, String clientEmail) {
        return signIn.during(clientEmail, () -> bookFirstFreeTime(practice, daysAhead, clientEmail));
    }

    /** The free starts of the practice's session type {@code daysAhead} days from today in the coach's zone. */
    public List<Instant> freeTimes(Practice practice, int daysAhead) {
        return bookingService.freeTimesOn(practice.session().id(), TestClock.get().today(practice.zone()).plusDays(daysAhead), practice.zone());
    }

    /** The first free start on or after {@code day} in the coach's zone. */
    public Instant firstFreeStartFrom(Practice practice, LocalDate day) {
        for (LocalDate date = day; ; date = date.plusDays(1)) {
            List<Instant> starts = bookingService.freeTimesOn(practice.session().id(), date, practice.zone());
            if (!starts.isEmpty()) {
                return starts.getFirst();
            }
        }
    }

    /** A new reader in {@code readerZone} books {@code start}. */
    public Confirmation book(Practice practice, Instant start, ZoneId readerZone) {
        return bookingService.book(new BookingRequest(practice.session().id(), start, "Moment Reader",
                "reader-" + UUID.randomUUID() + "@example.org", "", "", "", readerZone.getId(), UUID.randomUUID()));
    }

    /**
     * Takes the test coaches' session types off the booking page again, so that readers see only
     * the demo practice, and their messages not sent yet out of the outbox, so that a test which
     * moved the clock leaves no pile of due reminders for the next test's mail to wait behind.
     */
    public void closeAll() {
        opened.forEach(practice -> {
            jdbc.update("update session_type set active = false where coach_id = ?", practice.coach().id().value());
            jdbc.update("""
                    update outbox_message set voided_at = now()
                    where sent_at is null and voided_at is null and booking_id in (select id from booking where coach_id = ?)
                    """, practice.coach().id().value());
        });
        opened.clear();
    }
}
