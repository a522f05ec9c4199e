package app.goodenough.busytimes;

import app.goodenough.busytimes.internal.CalendarFetcher.FetchProblem;
import app.goodenough.busytimes.internal.CalendarReader;
import app.goodenough.busytimes.internal.CalendarSource;
import app.goodenough.busytimes.internal.CredentialBox;
import app.goodenough.busytimes.internal.ExternalCalendarRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.schedule.BusyTime;
import app.goodenough.schedule.ExternalBusyTimes;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.TypedText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in coach's other calendars, added by their iCalendar address or as a CalDAV calendar: their busy times keep
 * readers from booking over her private appointments. A calendar is added only once it could be
 * read; the booking page never waits on one, it reads what was last stored.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class ExternalCalendarService {

    public static final int MAX_LABEL_LENGTH = 80;
    public static final int MAX_ADDRESS_LENGTH = CalendarAddresses.MAX_LENGTH;
    /** Each is read every five minutes, up to 5 MB a time: a practice's own handful, not an unbounded list. */
    public static final int MAX_CALENDARS = 10;
    public static final int MAX_USER_LENGTH = 200;
    public static final int MAX_PASSWORD_LENGTH = 500;

    private final ExternalCalendarRepository calendars;
    private final CalendarReader reader;
    private final ExternalBusyTimes busyTimes;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CalendarAddresses addresses;
    private final CredentialBox credentials;

    ExternalCalendarService(ExternalCalendarRepository calendars, CalendarReader reader, ExternalBusyTimes busyTimes, CurrentUser currentUser,
            CredentialBox credentials, PlatformTransactionManager transactions, Clock clock, @Value("${good-enough.base-url}") String baseUrl) {
        this.credentials = credentials;
        this.calendars = calendars;
        this.reader = reader;
        this.busyTimes = busyTimes;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.addresses = new CalendarAddresses(baseUrl);
    }

    @Transactional(readOnly = true)
    public List<ExternalCalendar> myCalendars() {
        return calendars.of(me());
    }

    /**
     * Reads the calendar at the address and, when it could be read, keeps it and its busy times;
     * the events' titles too when {@code showTitles}, for her own calendar view only.
     *
     * @throws InvalidInputException at the field, with the reason in words, when it could not; nothing is stored then
     */
    public UUID add(@Nullable String label, @Nullable String address, boolean allDayBlocks, boolean showTitles) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = labelOf(label, problems);
        String url = addresses.problemsWith(address, problems);
        refuse(problems);
        return readAndKeep(name, CalendarSource.icsAddress(url), allDayBlocks, showTitles);
    }

    /**
     * Reads a CalDAV calendar (its address on the server, a user and a password or app password)
     * and, when it could be read, keeps it with the password sealed; the password is never shown again.
     *
     * @throws InvalidInputException at the field, with the reason in words, when it could not; nothing is stored then
     */
    public UUID addCalDav(@Nullable String label, @Nullable String address, @Nullable String user, @Nullable String password,
            boolean allDayBlocks, boolean showTitles) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = labelOf(label, problems);
        String url = addresses.problemsWith(address, problems);
        String username = user == null ? "" : user.strip();
        if (username.isEmpty() || username.length() > MAX_USER_LENGTH) {
            problems.add(new FieldProblem("user", "Enter the user name the calendar server knows you by."));
        }
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "Enter the password, or an app password made for this."));
        }
        refuse(problems);
        return readAndKeep(name, new CalendarSource(url, username, credentials.seal(password)), allDayBlocks, showTitles);
    }

    private UUID readAndKeep(String name, CalendarSource source, boolean allDayBlocks, boolean showTitles) {
        AccountId me = me();
        if (calendars.of(me).size() >= MAX_CALENDARS) {
            throw new InvalidInputException("address", "You can add up to " + MAX_CALENDARS + " calendars. Remove one you no longer need first.");
        }
        List<BusyTime> busy;
        try {
            busy = reader.read(me, source, allDayBlocks, showTitles);
        } catch (FetchProblem problem) {
            throw new InvalidInputException("address", "This calendar could not be read: " + problem.getMessage() + ".");
        }
        return transaction.execute(status -> {
            UUID id = calendars.insert(me, name, source, allDayBlocks, showTitles, clock.instant());
            busyTimes.replace(me, id, busy);
            return id;
        });
    }

    private static String labelOf(@Nullable String label, List<FieldProblem> problems) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > MAX_LABEL_LENGTH) {
            problems.add(new FieldProblem("label", "Give the calendar a name of at most " + MAX_LABEL_LENGTH + " characters, such as \"Private\"."));
        }
        TypedText.problemWithLine(name).ifPresent(message -> problems.add(new FieldProblem("label", message)));
        return name;
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    @Transactional
    public void remove(UUID calendarId) {
        if (!calendars.delete(me(), calendarId)) {
            throw new InvalidInputException("calendar", "There is no such calendar.");
        }
    }

    /** Reads each of the coach's calendars again now, rather than at its next turn. */
    public void refreshMine() {
        calendars.allOf(me()).forEach(reader::refresh);
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
