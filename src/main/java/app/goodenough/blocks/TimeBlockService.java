package app.goodenough.blocks;

import app.goodenough.availability.TimeRange;
import app.goodenough.availability.TimeWindow;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.TimeBlocks;
import app.goodenough.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in coach keeps stretches of a day free of bookings, in their own time zone. A
 * block of another coach's is refused exactly like one that does not exist.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class TimeBlockService {

    private final TimeBlocks timeBlocks;
    private final PracticeService practiceService;
    private final CurrentUser currentUser;

    TimeBlockService(TimeBlocks timeBlocks, PracticeService practiceService, CurrentUser currentUser) {
        this.timeBlocks = timeBlocks;
        this.practiceService = practiceService;
        this.currentUser = currentUser;
    }

    /** Keeps a stretch of one day free of bookings; refused where it would cover a booked session or another block. */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    @Transactional
    public UUID block(@Nullable LocalDate day, @Nullable TimeWindow window, @Nullable String note) {
        if (day == null || window == null) {
            throw new InvalidInputException("day", "Choose a day and the hours to block.");
        }
        ZoneId zone = practiceService.myTimeZone();
        return timeBlocks.block(me(), new TimeRange(ZonedDateTime.of(day, window.start(), zone).toInstant(),
                ZonedDateTime.of(day, window.end(), zone).toInstant()), note);
    }

    @Transactional
    public void unblock(UUID blockId) {
        if (!timeBlocks.unblock(me(), blockId)) {
            throw new InvalidInputException("block", "There is no such blocked time.");
        }
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
