package app.goodenough.busytimes;

import app.goodenough.availability.TimeRange;
import app.goodenough.busytimes.internal.CalendarFetcher.FetchProblem;
import app.goodenough.busytimes.internal.CalendarReader;
import app.goodenough.busytimes.internal.ExternalCalendarRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.schedule.ExternalBusyTimes;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
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
 * The signed-in coach's other calendars, added by their iCalendar address: their busy times keep
 * readers from booking over her private appointments. A calendar is added only once it could be
 * read; the booking page never waits on one, it reads what was last stored.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class ExternalCalendarService {

    private final ExternalCalendarRepository calendars;
    private final CalendarReader reader;
    private final ExternalBusyTimes busyTimes;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CalendarAddresses addresses;

    ExternalCalendarService(ExternalCalendarRepository calendars, CalendarReader reader, ExternalBusyTimes busyTimes, CurrentUser currentUser,
            PlatformTransactionManager transactions, Clock clock, @Value("${good-enough.base-url}") String baseUrl) {
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
     * Reads the calendar at the address and, when it could be read, keeps it and its busy times.
     *
     * @throws InvalidInputException at the field, with the reason in words, when it could not; nothing is stored then
     */
    public UUID add(@Nullable String label, @Nullable String address, boolean allDayBlocks) {
        AccountId me = me();
        String name = label == null ? "" : label.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > 80) {
            problems.add(new FieldProblem("label", "Give the calendar a name of at most 80 characters, such as \"Private\"."));
        }
        String url = addresses.problemsWith(address, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<TimeRange> busy;
        try {
            busy = reader.read(me, url, allDayBlocks);
        } catch (FetchProblem problem) {
            throw new InvalidInputException("address", "This calendar could not be read: " + problem.getMessage() + ".");
        }
        return transaction.execute(status -> {
            UUID id = calendars.insert(me, name, url, allDayBlocks, clock.instant());
            busyTimes.replace(me, id, busy);
            return id;
        });
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
