package app.goodenough.busytimes.internal;

import app.goodenough.identity.SystemTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute, reads again each calendar last tried five or more minutes ago. Each calendar's
 * turn is taken with a row lock that other instances skip, so across instances a calendar is
 * read once per turn.
 */
@Component
class BusyTimeRefresh {

    static final Duration EVERY = Duration.ofMinutes(5);
    private static final int MAX_PER_RUN = 100;

    private final ExternalCalendarRepository calendars;
    private final CalendarReader reader;
    private final SystemTask systemTask;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BusyTimeRefresh(ExternalCalendarRepository calendars, CalendarReader reader, SystemTask systemTask, PlatformTransactionManager transactions,
            Clock clock) {
        this.calendars = calendars;
        this.reader = reader;
        this.systemTask = systemTask;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${good-enough.calendars.refresh-check}", initialDelayString = "${good-enough.calendars.refresh-check}")
    void refreshDue() {
        systemTask.run("calendar-sync", () -> {
            for (int read = 0; read < MAX_PER_RUN; read++) {
                Instant now = clock.instant();
                Optional<ExternalCalendarRepository.Due> due = transaction.execute(status -> calendars.takeTurn(now, now.minus(EVERY)));
                if (due == null || due.isEmpty()) {
                    return;
                }
                reader.refresh(due.get());
            }
        });
    }
}
