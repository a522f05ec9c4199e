package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.availability.RuleSettings;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.notes.NotesService;
import app.goodenough.password.PasswordLinks;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.support.Demo;
import app.goodenough.support.HostileStrings;
import app.goodenough.support.RenderedScreen;
import app.goodenough.support.Screen;
import app.goodenough.support.ScreenWalker;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every text input of every form, found by walking every route's screens (pressing their
 * buttons), is given each of {@link HostileStrings} with the other inputs filled sensibly and
 * the form sent: no exception, no error in the log, each refusal a message at its field with
 * the typed text still there, and nothing stored that renders as live markup, on that screen
 * or on any route afterwards.
 */
class HostileInputTest extends ViewTest {

    @Autowired TestClients testClients;
    @Autowired NotesService notesService;
    @Autowired ClientSessionsService clientSessions;
    @Autowired PasswordLinks passwordLinks;
    @Autowired CheckInLinks checkInLinks;
    @Autowired JdbcTemplate jdbc;

    TestPractice.Practice practice;
    Confirmation firstSession;
    List<UUID> demoTypesTakenOff;
    ListAppender<ILoggingEvent> errors = new ListAppender<>();
    List<String> inputsTried = new ArrayList<>();
    int calendarDaysUsed;

    /** Who walks in, and where: addresses with an id get a fresh booking, note or link each time. */
    record Entrance(String who, Supplier<String> location) {
    }

    @BeforeEach
    void aPracticeOfItsOwnAloneOnTheBookingPage() {
        practice = testPractice.open("Europe/Berlin", "00:00", "23:30",
                new RuleSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(2), 365, Duration.ofMinutes(30),
                        Duration.ofHours(24), Duration.ofHours(24)),
                new NewSessionType("Hostile session", 30, "Thirty minutes.", "", "#b8643c"));
        firstSession = testPractice.bookFirstFreeTimeAs(practice, 3, testClients.withPassword("Walker Client", TestPractice.PASSWORD));
        demoTypesTakenOff = jdbc.queryForList("update session_type set active = false where active and coach_id = "
                + "(select id from account where email = ?) returning id", UUID.class, Demo.COACH);
        errors.start();
        root().addAppender(errors);
    }

    @AfterEach
    void putTheDemoPracticeBack() {
        root().detachAppender(errors);
        demoTypesTakenOff.forEach(id -> jdbc.update("update session_type set active = true where id = ?", id));
    }

    @Test
    void everyTextInputTakesHostileTextCalmly() {
        Map<String, Entrance> entrances = entrances();
        List<String> problems = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            Entrance entrance = entrances.get(route.getTemplate());
            if (entrance == null) {
                problems.add("route " + route.getTemplate() + " has no entrance in this test");
                continue;
            }
            signInAs(entrance.who());
            ScreenWalker walker = new ScreenWalker(this::openAfresh);
            for (ScreenWalker.Input input : walker.inputsFrom(entrance.location().get())) {
                inputsTried.add(input.name());
                for (String hostile : HostileStrings.ALL) {
                    problems.addAll(attack(walker, entrance, input, hostile));
                }
            }
        }
        entrances.values().forEach(entrance -> problems.addAll(sweep(entrance)));

        assertThat(inputsTried).as("inputs found by walking the screens")
                .contains("BookView › Your name", "BookView › What brings you? (optional)", "NewAccountDialog › Name",
                        "CancelDialog › Reason (kept in the booking's history)", "NoteEditorView › Free tags (comma-separated)",
                        "MyAccountView › Name", "SessionTypeDialog › Description", "ManageSessionView › Reason (optional, the coach reads it)",
                        "MyDataView › Anything your coach should know (optional)", "AppointmentDialog › Name", "AppointmentDialog › Email");
        assertThat(problems).as("problems with hostile input").isEmpty();
    }

    private List<String> attack(ScreenWalker walker, Entrance entrance, ScreenWalker.Input input, String hostile) {
        String attempt = input.name() + " given " + describe(hostile);
        Optional<TextFieldBase<?, String>> target = reach(walker, entrance.location().get(), input);
        if (target.isEmpty()) {
            return List.of(attempt + ": the input could not be reached again");
        }
        List<String> problems = new ArrayList<>();
        errors.list.clear();
        try {
            fillTheOthers(target.get(), hostile);
            Screen.type(target.get(), hostile);
            send();
        } catch (RuntimeException thrown) {
            problems.add(attempt + ": threw " + thrown);
        }
        errors.list.stream().filter(this::isAnErrorOfThisThread).forEach(event -> problems.add(attempt + ": logged " + event.getFormattedMessage()));
        RenderedScreen.liveMarkup().forEach(markup -> problems.add(attempt + ": live markup, " + markup));
        RenderedScreen.refusalsWithoutMessage().forEach(field -> problems.add(attempt + ": refused without a message at " + field));
        if (target.get().isAttached() && target.get().isInvalid() && !hostile.equals(target.get().getValue())) {
            problems.add(attempt + ": the refused text was not kept in the field");
        }
        return problems;
    }

    private Optional<TextFieldBase<?, String>> reach(ScreenWalker walker, String location, ScreenWalker.Input input) {
        Optional<TextFieldBase<?, String>> found = follow(walker, new ScreenWalker.Way(location, input.way().presses()), input.name());
        if (found.isPresent()) {
            return found;
        }
        return walker.inputsFrom(location).stream().filter(again -> again.name().equals(input.name())).findFirst()
                .flatMap(again -> follow(walker, again.way(), input.name()));
    }

    private static Optional<TextFieldBase<?, String>> follow(ScreenWalker walker, ScreenWalker.Way way, String name) {
        if (!walker.follow(way)) {
            return Optional.empty();
        }
        return Screen.textInputs().stream().filter(input -> ScreenWalker.nameOf(input).equals(name)).findFirst();
    }

    /** Sensible text in the other inputs, so the form reaches its service with the hostile text in it. */
    private static void fillTheOthers(TextFieldBase<?, String> target, String hostile) {
        for (TextFieldBase<?, String> other : Screen.textInputs()) {
            if (other == target) {
                continue;
            }
            String value = switch (other) {
                case EmailField email -> "walker-" + UUID.randomUUID() + "@example.org";
                case PasswordField password -> target instanceof PasswordField ? hostile : TestPractice.PASSWORD;
                default -> other.getValue().isEmpty() && !String.valueOf(other.getLabel()).contains("optional") ? "Fine words" : other.getValue();
            };
            Screen.type(other, value);
        }
    }

    /** Presses the screen's main buttons, as a person sending the form would. */
    private static void send() {
        List<Button> main = Screen.buttons().stream().filter(button -> button.hasThemeName(ButtonVariant.LUMO_PRIMARY.getVariantName())).toList();
        for (Button button : main) {
            if (button.isAttached() && button.isEnabled()) {
                Screen.press(button);
            }
        }
    }

    /** Every address again, after all that was stored: nothing renders as live markup, nothing fails. */
    private List<String> sweep(Entrance entrance) {
        signInAs(entrance.who());
        String location = entrance.location().get();
        errors.list.clear();
        openAfresh(location);
        List<String> problems = new ArrayList<>();
        RenderedScreen.liveMarkup().forEach(markup -> problems.add(location + " afterwards: live markup, " + markup));
        errors.list.stream().filter(this::isAnErrorOfThisThread).forEach(event -> problems.add(location + " afterwards: logged " + event.getFormattedMessage()));
        return problems;
    }

    /** Opens an address in a new instance of its view: Vaadin keeps the instance when the route stays the same. */
    private void openAfresh(String location) {
        open(location.startsWith("password/forgot") ? "login" : "password/forgot");
        open(location);
    }

    private Map<String, Entrance> entrances() {
        String coach = practice.coach().email();
        String client = firstSession.clientEmail();
        return Map.ofEntries(
                Map.entry("login", new Entrance(null, () -> "login")),
                Map.entry("book", new Entrance(null, () -> "book")),
                Map.entry("manage/:___url_parameter", new Entrance(null, () -> "manage/" + manageToken())),
                Map.entry("check-in/:___url_parameter", new Entrance(null, this::checkInAddress)),
                Map.entry("password/forgot", new Entrance(null, () -> "password/forgot")),
                Map.entry("password/set/:___url_parameter", new Entrance(null, () -> "password/set/" + passwordToken())),
                Map.entry("home", new Entrance(client, () -> "home")),
                Map.entry("demo/mail", new Entrance(client, () -> "demo/mail")),
                Map.entry("my/sessions", new Entrance(client, () -> "my/sessions")),
                Map.entry("my/account", new Entrance(client, () -> "my/account")),
                Map.entry("coach", new Entrance(coach, () -> "coach")),
                Map.entry("coach/calendar", new Entrance(coach, () -> "coach/calendar?view=day&date=" + freshSessionDay())),
                Map.entry("coach/availability", new Entrance(coach, () -> "coach/availability")),
                Map.entry("coach/calendar-sync", new Entrance(coach, () -> "coach/calendar-sync")),
                Map.entry("coach/session-types", new Entrance(coach, () -> "coach/session-types")),
                Map.entry("coach/session-types/questions/:___url_parameter", new Entrance(coach,
                        () -> "coach/session-types/questions/" + practice.session().id())),
                Map.entry("coach/clients", new Entrance(coach, () -> "coach/clients")),
                Map.entry("coach/clients/:___url_parameter", new Entrance(coach, () -> "coach/clients/" + firstSession.booking().clientId().value())),
                Map.entry("coach/notes", new Entrance(coach, () -> "coach/notes")),
                Map.entry("coach/insights", new Entrance(coach, () -> "coach/insights")),
                Map.entry("coach/notes/edit/:___url_parameter", new Entrance(coach, () -> "coach/notes/edit/" + freshNote())),
                Map.entry("admin/accounts", new Entrance(Demo.ADMIN, () -> "admin/accounts")),
                Map.entry("admin/outbox", new Entrance(Demo.ADMIN, () -> "admin/outbox")),
                Map.entry("admin/security", new Entrance(Demo.ADMIN, () -> "admin/security")),
                Map.entry("admin/backups", new Entrance(Demo.ADMIN, () -> "admin/backups")),
                Map.entry("my/data", new Entrance(client, () -> myDataWithNoOpenRequest(client))),
                Map.entry("coach/data", new Entrance(coach, () -> "coach/data")));
    }

    /** The client's data page as it is before they ask to be forgotten: each attack may have asked. */
    private String myDataWithNoOpenRequest(String client) {
        jdbc.update("update erasure_request set withdrawn_at = now() where decided_at is null and withdrawn_at is null "
                + "and client_id = (select id from account where email = ?)", client);
        return "my/data";
    }

    private String manageToken() {
        Confirmation session = testPractice.bookFirstFreeTime(practice, 5);
        return asSystem(() -> clientSessions.manageTokenOf(session.booking().id()));
    }

    private String checkInAddress() {
        Confirmation session = testPractice.bookFirstFreeTime(practice, 6);
        return checkInLinks.urlFor(session.booking()).replaceFirst("^.*/check-in/", "check-in/");
    }

    private String passwordToken() {
        Confirmation session = testPractice.bookFirstFreeTime(practice, 5);
        return asSystem(() -> passwordLinks.firstPasswordToken(session.booking().clientId()).orElseThrow());
    }

    /**
     * A new session on a day of its own, so the day view opens with it alone: an attack before may
     * have cancelled, moved or written notes for the one before.
     */
    private LocalDate freshSessionDay() {
        calendarDaysUsed++;
        return testPractice.bookFirstFreeTime(practice, 10 + calendarDaysUsed).booking().start().atZone(practice.zone()).toLocalDate();
    }

    private UUID freshNote() {
        return notesService.newClientNote(firstSession.booking().clientId()).id().value();
    }

    private <T> T asSystem(Supplier<T> work) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext();
        signIn.asSystem();
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(before);
        }
    }

    private void signInAs(String who) {
        if (who == null) {
            signIn.out();
        } else {
            signIn.as(who);
        }
    }

    private boolean isAnErrorOfThisThread(ILoggingEvent event) {
        return event.getLevel().isGreaterOrEqual(Level.ERROR) && event.getThreadName().equals(Thread.currentThread().getName());
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** The start of a hostile string, in plain ASCII so that any report can show it. */
    private static String describe(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().limit(24).forEach(c -> shown.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return "\"" + shown + (text.length() > 24 ? "…" : "") + "\" (" + text.length() + " chars)";
    }
}
