package app.goodenough.booking.internal;

import app.goodenough.account.AccountId;
import app.goodenough.availability.SessionType;
import app.goodenough.availability.TimeRange;
import app.goodenough.booking.BookingChanged;
import app.goodenough.booking.BookingId;
import app.goodenough.booking.BookingRequest;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one booking in one transaction: the client account, the time claim (where
 * PostgreSQL refuses any overlap) and the booking itself, all of it or nothing.
 */
@Component
public class BookingWriter {

    private final ClaimRepository claims;
    private final BookingRepository bookings;
    private final BookingEvents events;
    private final ApplicationEventPublisher publisher;

    BookingWriter(ClaimRepository claims, BookingRepository bookings, BookingEvents events, ApplicationEventPublisher publisher) {
        this.claims = claims;
        this.bookings = bookings;
        this.events = events;
        this.publisher = publisher;
    }

    @Transactional
    public BookingId write(SessionType type, TimeRange claimed, BookingRequest request, ZoneId readerZone,
            Supplier<AccountId> client) {
        var existing = bookings.findByIdempotencyKey(request.idempotencyKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        AccountId clientId = client.get();
        var claim = claims.claim(type.coachId(), claimed, ClaimRepository.Kind.BOOKING);
        BookingId id = bookings.insert(type, clientId, claim, request, readerZone);
        events.record(type.coachId(), id, BookingEvents.Kind.CREATED, clientId, "");
        publisher.publishEvent(new BookingChanged(id, BookingChanged.Change.BOOKED, null, ""));
        return id;
    }
}
