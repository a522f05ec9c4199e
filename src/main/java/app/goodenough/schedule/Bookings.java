package app.goodenough.schedule;

import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.internal.BookingRepository;
import app.goodenough.schedule.internal.Confirmations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Booked sessions as the features built on booking read them: the coach's calendar and
 * clients' own sessions. The callers decide who may see which booking; these reads only
 * narrow by the ids they are given.
 */
@Component
public class Bookings {

    private final BookingRepository bookings;
    private final Confirmations confirmations;

    Bookings(BookingRepository bookings, Confirmations confirmations) {
        this.bookings = bookings;
        this.confirmations = confirmations;
    }

    public Optional<Booking> find(BookingId id) {
        return bookings.findById(id);
    }

    /** One of the coach's bookings; another coach's booking is as absent as one that does not exist. */
    public Optional<Booking> findOfCoach(AccountId coachId, BookingId id) {
        return bookings.findOfCoach(coachId, id);
    }

    /** A client's bookings with any coach, the latest first; not those booked with their address that they have not confirmed. */
    public List<Booking> ofClient(AccountId clientId) {
        return bookings.ofClient(clientId);
    }

    /** The coach's sessions that are still to come and not cancelled. */
    public List<TimeRange> upcomingOf(AccountId coachId, Instant now) {
        return bookings.upcomingOf(coachId, now);
    }

    /** The booking made with this idempotency key, so that a form sent twice books once. */
    public Optional<Confirmation> byIdempotencyKey(UUID key) {
        return bookings.findByIdempotencyKey(key).map(confirmations::of);
    }

    /** The booking with everything its messages and pages say about it. */
    public Confirmation confirmationOf(Booking booking) {
        return confirmations.of(booking);
    }
}
