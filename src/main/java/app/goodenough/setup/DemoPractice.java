package app.goodenough.setup;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.account.NewAccount;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.RuleSettings;
import app.goodenough.availability.TimeWindow;
import app.goodenough.booking.BookingService;
import app.goodenough.identity.Role;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo practice: a coach in Berlin who works Monday to Friday 09:00–12:00 and 13:00–17:00,
 * an admin, two clients with past sessions (and the coach's signed notes on them) and upcoming
 * ones, all with one shared password.
 */
@Component
class DemoPractice {

    static final String PASSWORD = "good-enough-demo";
    static final String COACH_TIME_ZONE = "Europe/Berlin";
    private static final List<TimeWindow> WORKDAY = List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00"));
    private static final RuleSettings RULES =
            new RuleSettings(Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(12), 60, Duration.ofMinutes(30),
                    Duration.ofHours(24), Duration.ofHours(24));

    private final AccountService accountService;
    private final PracticeService practiceService;
    private final AvailabilityService availabilityService;
    private final SessionTypeService sessionTypeService;
    private final BookingService bookingService;
    private final DemoHistory history;
    private final DemoBetweenSessions between;
    private final Clock clock;

    DemoPractice(AccountService accountService, PracticeService practiceService, AvailabilityService availabilityService, SessionTypeService sessionTypeService,
            BookingService bookingService, DemoHistory history, DemoBetweenSessions between, Clock clock) {
        this.history = history;
        this.between = between;
        this.accountService = accountService;
        this.practiceService = practiceService;
        this.availabilityService = availabilityService;
        this.sessionTypeService = sessionTypeService;
        this.bookingService = bookingService;
        this.clock = clock;
    }

    @Transactional
    void create() {
        Account coach = practiceService.openPractice(
                new NewAccount("coach@example.com", "Maren Albers", Role.COACH, PASSWORD), COACH_TIME_ZONE);
        accountService.createAccount(new NewAccount("admin@example.com", "Practice Admin", Role.ADMIN, PASSWORD));
        Account sam = client("sam@example.com", "Sam Rivera", coach);
        Account alex = client("alex@example.com", "Alex Chen", coach);

        availabilityService.setRules(coach.id(), RULES, weekdays());
        SessionType intro = sessionTypeService.offer(coach.id(), new NewSessionType("Intro call", 20,
                "A free first conversation: what brings you here, and whether we are a good fit.", "Free",
                "By video: https://video.example.com/maren-albers", "Nothing to pay.", "#2d8479"));
        SessionType coaching = sessionTypeService.offer(coach.id(), new NewSessionType("Coaching session", 50,
                "Fifty minutes on what matters to you now, one principle at a time.", "90 €",
                "Lindenstraße 12, 10969 Berlin (by video on request)", "By bank transfer within 14 days; the invoice comes by email.",
                "#b8643c"));

        history.create(coach, intro, coaching, sam, alex);
        between.askQuestions(coach, coaching);
        between.checkIn(book(coaching, sam, 2, "black-and-white-thinking", "I keep thinking a boundary makes me selfish."));
        book(intro, alex, 3, "not-always-on", "Everyone relies on me at work and at home, and I am tired.");
        book(coaching, sam, 9, "mistakes-as-growth", "");
    }

    private Account client(String email, String name, Account coach) {
        Account client = accountService.createAccount(new NewAccount(email, name, Role.CLIENT, PASSWORD));
        practiceService.addClient(coach.id(), client.id());
        return client;
    }

    /** Books as a reader coming from the article's section on {@code focus} would, answering the questions; the booking made, if any. */
    private Optional<Booking> book(SessionType type, Account client, int daysAhead, String focus, String message) {
        ZoneId zone = ZoneId.of(COACH_TIME_ZONE);
        LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(daysAhead);
        for (int tries = 0; tries < 14; tries++, day = day.plusDays(1)) {
            List<Instant> free = bookingService.freeTimesOn(type.id(), day, zone);
            if (!free.isEmpty()) {
                return Optional.of(between.fromTheArticle(focus, request -> bookingService.book(new BookingRequest(type.id(),
                        free.get(free.size() / 2), client.displayName(), client.email(), "", focus, message, COACH_TIME_ZONE, UUID.randomUUID()),
                        request)).booking());
            }
        }
        return Optional.empty();
    }

    private static Map<DayOfWeek, List<TimeWindow>> weekdays() {
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekly.put(day, WORKDAY);
        }
        return weekly;
    }
}
