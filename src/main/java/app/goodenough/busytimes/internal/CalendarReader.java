package app.goodenough.busytimes.internal;

import app.goodenough.busytimes.internal.CalendarFetcher.FetchProblem;
import app.goodenough.identity.AccountId;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.BusyTime;
import app.goodenough.schedule.ExternalBusyTimes;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a calendar's busy times for the next 400 days and keeps them. The remote server is asked
 * outside any transaction; what it said is stored in one. A calendar that cannot be read keeps
 * its last known busy times, and the reason is recorded for the coach.
 */
@Component
public class CalendarReader {

    static final Duration AHEAD = Duration.ofDays(400);
    static final int MAX_BUSY_TIMES = 20_000;

    private final CalendarFetcher fetcher;
    private final ExternalCalendarRepository calendars;
    private final ExternalBusyTimes busyTimes;
    private final PracticeService practice;
    private final CredentialBox credentials;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CalendarReader(CalendarFetcher fetcher, ExternalCalendarRepository calendars, ExternalBusyTimes busyTimes, PracticeService practice,
            CredentialBox credentials, PlatformTransactionManager transactions, Clock clock) {
        this.credentials = credentials;
        this.fetcher = fetcher;
        this.calendars = calendars;
        this.busyTimes = busyTimes;
        this.practice = practice;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The calendar's busy times, in the coach's zone where it leaves times floating: with their
     * titles when the coach chose to see them, otherwise as untitled stretches, overlapping ones as one.
     */
    public List<BusyTime> read(AccountId coachId, CalendarSource source, boolean allDayBlocks, boolean showTitles) throws FetchProblem {
        ZoneId zone = practice.publicCoach(coachId).timeZone();
        Instant from = clock.instant().minus(Duration.ofDays(1));
        Instant to = clock.instant().plus(AHEAD);
        List<String> files = source.isCalDav()
                ? fetcher.fetchCalDav(URI.create(source.address()), source.username(), credentials.open(source.sealedPassword()), from, to)
                : List.of(fetcher.fetch(URI.create(source.address())));
        List<BusyTime> events = new ArrayList<>();
        for (String ics : files) {
            try {
                events.addAll(IcsBusyTimes.events(ics, zone, from, to, allDayBlocks));
            } catch (IcsBusyTimes.UnreadableCalendarException notACalendar) {
                throw new FetchProblem("the answer is not an iCalendar file");
            }
        }
        List<BusyTime> busy = showTitles ? events
                : IcsBusyTimes.merged(events.stream().map(BusyTime::period).toList()).stream().map(range -> new BusyTime(range, "")).toList();
        if (busy.size() > MAX_BUSY_TIMES) {
            throw new FetchProblem("the calendar has more than " + MAX_BUSY_TIMES + " busy times in the next 400 days");
        }
        return busy;
    }

    /** Reads a calendar again: its new busy times in place of the old, or the old kept and why recorded. */
    public void refresh(ExternalCalendarRepository.Due due) {
        try {
            List<BusyTime> busy = read(due.coachId(), due.source(), due.allDayBlocks(), due.showTitles());
            transaction.executeWithoutResult(status -> {
                busyTimes.replace(due.coachId(), due.id(), busy);
                calendars.succeeded(due.id(), clock.instant());
            });
        } catch (FetchProblem problem) {
            transaction.executeWithoutResult(status -> calendars.failed(due.id(), clock.instant(), problem.getMessage()));
        }
    }
}
