package app.goodenough.booking.internal;

import app.goodenough.account.AccountId;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.SessionType;
import app.goodenough.availability.TimeRange;
import app.goodenough.base.DatabaseRefusals;
import app.goodenough.base.InvalidInputException;
import app.goodenough.base.TypedText;
import app.goodenough.booking.Booking;
import app.goodenough.booking.BookingChanged;
import app.goodenough.booking.BookingStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving and cancelling a booked session, the same for the coach and for the client: the
 * claim moves (or is given back) under the exclusion constraint, the history records who did
 * it, and {@link BookingChanged} lets the messages follow in the same transaction. Callers
 * check first that the person may change this booking.
 */
@Component
public class SessionChanges {

    public static final int MAX_REASON_LENGTH = 500;

    private final CalendarRepository calendar;
    private final BookingEvents events;
    private final FreeSlots freeSlots;
    private final AvailabilityService availability;
    private final Confirmations confirmations;
    private final ApplicationEventPublisher publisher;

    SessionChanges(CalendarRepository calendar, BookingEvents events, FreeSlots freeSlots, AvailabilityService availability,
            Confirmations confirmations, ApplicationEventPublisher publisher) {
        this.calendar = calendar;
        this.events = events;
        this.freeSlots = freeSlots;
        this.availability = availability;
        this.confirmations = confirmations;
        this.publisher = publisher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(Booking booking, AccountId by, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Keep the reason to " + MAX_REASON_LENGTH + " characters.");
        }
        TypedText.require("reason", text);
        if (!calendar.changeStatus(booking.coachId(), booking.id(), BookingStatus.CANCELLED)) {
            throw new InvalidInputException("status", "This session is already " + booking.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.CANCELLED, by, text);
        calendar.releaseClaimOf(booking.coachId(), booking.id());
        publisher.publishEvent(new BookingChanged(confirmations.of(booking.id()), BookingChanged.Change.CANCELLED, null, text));
    }

    /**
     * The owner of the address a session was booked with on trust says it is theirs: from now on
     * it is in their sessions, and its reminders are written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(Booking booking) {
        if (booking.status() != BookingStatus.BOOKED || !calendar.confirmClient(booking.coachId(), booking.id())) {
            throw new InvalidInputException("booking", "This session does not wait for a confirmation.");
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.CONFIRMED, booking.clientId(), "");
        publisher.publishEvent(new BookingChanged(confirmations.of(booking.id()), BookingChanged.Change.CONFIRMED, null, ""));
    }

    /** Moves the session to a time its type offers now; {@code detail} says in words where it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(Booking booking, Instant newStart, AccountId by, String detail) {
        if (booking.status() != BookingStatus.BOOKED) {
            throw new InvalidInputException("status", "Only a booked session can be moved.");
        }
        SessionType sessionType = availability.sessionType(booking.sessionTypeId())
                .orElseThrow(() -> new InvalidInputException("booking", "There is no such booking."));
        TimeRange claim = Optional.ofNullable(newStart).flatMap(start -> freeSlots.claimIfOffered(sessionType, start))
                .orElseThrow(() -> new InvalidInputException("start", "That time is not offered. Please choose one of the times shown."));
        try {
            calendar.move(booking.coachId(), booking.id(), TimeRange.starting(newStart, sessionType.duration()), claim);
        } catch (DataIntegrityViolationException refused) {
            if (DatabaseRefusals.isOverlap(refused)) {
                throw new InvalidInputException("start", "That time was just taken. Please choose another.");
            }
            throw refused;
        }
        events.record(booking.coachId(), booking.id(), BookingEvents.Kind.RESCHEDULED, by, detail);
        publisher.publishEvent(new BookingChanged(confirmations.of(booking.id()), BookingChanged.Change.RESCHEDULED, booking.start(), ""));
    }
}
