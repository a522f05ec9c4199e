package app.goodenough.calendar;

import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.TimeWindow;
import app.goodenough.calendar.internal.CalendarRepository;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.SessionChanges;
import app.goodenough.schedule.TimeBlocks;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in coach's calendar: what is booked and blocked, and what the coach does with it.
 * A booking or block of another coach's is refused exactly like one that does not exist.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class CoachCalendarService {

    private static final int MAX_DAYS = 62;

    private final CalendarRepository calendar;
    private final Bookings bookings;
    private final SessionChanges sessionChanges;
    private final TimeBlocks timeBlocks;
    private final AvailabilityService availability;
    private final PracticeService practiceService;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachCalendarService(CalendarRepository calendar, Bookings bookings, SessionChanges sessionChanges, TimeBlocks timeBlocks,
            AvailabilityService availability, PracticeService practiceService, CurrentUser currentUser, Clock clock) {
        this.calendar = calendar;
        this.bookings = bookings;
        this.sessionChanges = sessionChanges;
        this.timeBlocks = timeBlocks;
        this.availability = availability;
        this.practiceService = practiceService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything between two dates of the coach's calendar, both included (at most about two months). */
    public CalendarPeriod myCalendar(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("period", "Choose a period of one day to two months.");
        }
        AccountId me = me();
        AvailabilityRules rules = availability.rulesOf(me, from, to);
        var start = from.atStartOfDay(rules.zone()).toInstant();
        var end = to.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        Map<LocalDate, List<TimeWindow>> hours = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            hours.put(day, rules.hoursOn(day));
        }
        return new CalendarPeriod(rules.zone(), from, to, calendar.entries(me, start, end), timeBlocks.between(me, start, end),
                hours);
    }

    public BookingDetails myBooking(BookingId id) {
        return calendar.details(me(), id).orElseThrow(CoachCalendarService::noSuchBooking);
    }

    @Transactional
    public void markCompleted(BookingId id) {
        markAs(id, BookingStatus.COMPLETED);
    }

    @Transactional
    public void markNoShow(BookingId id) {
        markAs(id, BookingStatus.NO_SHOW);
    }

    /** Cancels a booked session, with the coach's reason, and gives its time back to readers. */
    @Transactional
    public void cancel(BookingId id, String reason) {
        sessionChanges.cancel(mine(id), me(), reason);
    }

    /**
     * Moves a booked session to another free time of its type; the same rules and the same
     * exclusion constraint apply as for a reader's booking.
     */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    @Transactional
    public void reschedule(BookingId id, Instant newStart) {
        Booking booking = mine(id);
        String from = DateFormats.practice().moment(booking.start().atZone(practiceService.myTimeZone()));
        sessionChanges.move(booking, newStart, me(), "from " + from);
    }

    /**
     * Puts a session marked completed or no-show back to booked, within {@link BookingDetails#UNDO_WINDOW} of
     * marking it; the history keeps the outcome and its undoing.
     */
    @Transactional
    public void undoOutcome(BookingId id) {
        Booking booking = mine(id);
        if (booking.status() != BookingStatus.COMPLETED && booking.status() != BookingStatus.NO_SHOW) {
            throw new InvalidInputException("status", "This session has no outcome to undo.");
        }
        if (!myBooking(id).outcomeUndoableAt(clock.instant()) || !sessionChanges.undoOutcome(booking, me())) {
            throw new InvalidInputException("status", "An outcome can be undone for 24 hours after it was marked.");
        }
    }

    private void markAs(BookingId id, BookingStatus outcome) {
        Booking booking = mine(id);
        if (clock.instant().isBefore(booking.start())) {
            throw new InvalidInputException("status", "A session can be marked completed or no-show once it has started.");
        }
        if (!sessionChanges.markAs(booking, outcome, me())) {
            throw new InvalidInputException("status", "This session is already " + booking.status().label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private Booking mine(BookingId id) {
        return bookings.findOfCoach(me(), id).orElseThrow(CoachCalendarService::noSuchBooking);
    }

    private static InvalidInputException noSuchBooking() {
        return new InvalidInputException("booking", "There is no such booking.");
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
