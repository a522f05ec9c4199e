package app.goodenough.schedule;

import app.goodenough.availability.TimeRange;
import app.goodenough.database.DatabaseRefusals;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.internal.BookingEvents;
import app.goodenough.schedule.internal.BookingRepository;
import app.goodenough.schedule.internal.Confirmations;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.TypedText;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a booked session after it is booked, the same for the coach and for the
 * client: it moves (its claim moving under the exclusion constraint), is cancelled (its time
 * given back), confirmed by its address's owner, or marked completed or no-show. The history
 * records who did it, and {@link BookingChanged} lets the messages follow in the same
 * transaction. Callers (the coach's calendar, clients' own sessions) check first that the
 * person may change this booking; every method joins the caller's transaction.
 */
@Component
public class SessionChanges {

    public static final int MAX_REASON_LENGTH = 500;

    private final BookingRepository bookings;
    private final BookingEvents events;
    private final FreeSlots freeSlots;
    private final SessionTypeService sessionTypes;
    private final Confirmations confirmations;
    private final ApplicationEventPublisher publisher;

    SessionChanges(BookingRepository bookings, BookingEvents events, FreeSlots freeSlots, SessionTypeService sessionTypes,
            Confirmations confirmations, ApplicationEventPublisher publisher) {
        this.bookings = bookings;
        this.events = events;
        this.freeSlots = freeSlots;
        this.sessionTypes = sessionTypes;
        this.confirmations = confirmations;
        this.publisher = publisher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(Booking booking, @Nullable AccountId by, @Nullable String reason) {
        cancel(booking, by, reason, BookingChanged.Change.CANCELLED);
    }

    /** Cancels one of several sessions of a series, which tells about them all in one letter; only its reminders are taken back here. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelInSeries(Booking booking, @Nullable AccountId by, @Nullable String reason) {
        cancel(booking, by, reason, BookingChanged.Change.CANCELLED_IN_SERIES);
    }

    private void cancel(Booking booking, @Nullable AccountId by, @Nullable String reason, BookingChanged.Change change) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Keep the reason to " + MAX_REASON_LENGTH + " characters.");
        }
        TypedText.require("reason", text);
        if (!bookings.changeStatus(booking.coachId(), booking.id(), BookingStatus.CANCELLED)) {
            throw new InvalidInputException("status", "This session is already " + booking.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.CANCELLED, by, text);
        bookings.releaseClaimOf(booking.coachId(), booking.id());
        publisher.publishEvent(new BookingChanged(confirmations.of(booking.id()), change, null, text));
    }

    /** Marks a booked session completed or no-show; false when it is not (or no longer) booked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markAs(Booking booking, BookingStatus outcome, AccountId by) {
        if (outcome != BookingStatus.COMPLETED && outcome != BookingStatus.NO_SHOW) {
            throw new IllegalArgumentException("Not an outcome of a session: " + outcome);
        }
        if (!bookings.changeStatus(booking.coachId(), booking.id(), outcome)) {
            return false;
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.valueOf(outcome.name()), by, "");
        return true;
    }

    /** Puts a session marked completed or no-show back to booked, in its history too; false when it has no outcome. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean undoOutcome(Booking booking, AccountId by) {
        if (!bookings.revertOutcome(booking.coachId(), booking.id())) {
            return false;
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.OUTCOME_UNDONE, by, booking.status().label().toLowerCase(Locale.ROOT));
        return true;
    }

    /**
     * The owner of the address a session was booked with on trust says it is theirs: from now on
     * it is in their sessions, and its reminders are written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(Booking booking) {
        if (booking.status() != BookingStatus.BOOKED || !bookings.confirmClient(booking.coachId(), booking.id())) {
            throw new InvalidInputException("booking", "This session does not wait for a confirmation.");
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.CONFIRMED, booking.clientId(), "");
        publisher.publishEvent(new BookingChanged(confirmations.of(booking.id()), BookingChanged.Change.CONFIRMED, null, ""));
    }

    /** Moves the session to a time its type offers now; {@code detail} says in words where it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(Booking booking, @Nullable Instant newStart, AccountId by, String detail) {
        move(booking, newStart, by, detail, BookingChanged.Change.RESCHEDULED, null);
    }

    /**
     * Moves one of several sessions of a series, which tells about them all in one letter; only
     * its reminders follow here. The caller has weighed the new time against its own rules and
     * gives the time it claims; PostgreSQL still refuses any overlap.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveInSeries(Booking booking, Instant newStart, TimeRange claim, AccountId by, String detail) {
        move(booking, newStart, by, detail, BookingChanged.Change.RESCHEDULED_IN_SERIES, claim);
    }

    /** @param weighed the time the new start claims, when the caller has weighed it against its own rules; null for the booking page's */
    private void move(Booking booking, @Nullable Instant newStart, AccountId by, String detail, BookingChanged.Change change,
            @Nullable TimeRange weighed) {
        if (booking.status() != BookingStatus.BOOKED) {
            throw new InvalidInputException("status", "Only a booked session can be moved.");
        }
        SessionType sessionType = sessionTypes.sessionType(booking.sessionTypeId())
                .orElseThrow(() -> new InvalidInputException("booking", "There is no such booking."));
        TimeRange claim = Optional.ofNullable(weighed).or(() -> Optional.ofNullable(newStart).flatMap(start -> freeSlots.claimIfOffered(sessionType, start)))
                .orElseThrow(() -> new InvalidInputException("start", "That time is not offered. Please choose one of the times shown."));
        try {
            bookings.move(booking.coachId(), booking.id(), TimeRange.starting(newStart, sessionType.duration()), claim);
        } catch (DataIntegrityViolationException refused) {
            if (DatabaseRefusals.isOverlap(refused)) {
                throw new InvalidInputException("start", "That time was just taken. Please choose another.");
            }
            throw refused;
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.RESCHEDULED, by, detail);
        publisher.publishEvent(new BookingChanged(confirmations.of(booking.id()), change, booking.start(), ""));
    }
}
