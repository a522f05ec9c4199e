package app.goodenough.schedule;

import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.internal.BookingEvents;
import app.goodenough.schedule.internal.BookingRepository;
import app.goodenough.schedule.internal.ClaimRepository;
import app.goodenough.schedule.internal.Confirmations;
import app.goodenough.sessiontypes.SessionType;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one booking in one transaction: the time claim (where PostgreSQL refuses any overlap),
 * then the client account and the booking itself, all of it or nothing; a reader who was too
 * late costs one refused insert. A repeated request fails on the claim or on the idempotency
 * key's unique index, and the caller answers it with the booking made the first time; the usual
 * case pays for no lookup. The confirmation is put together once, inside the transaction, for
 * the reader and for the messages alike.
 *
 * <p>Why: {@code src/docs/decisions/002-postgresql-decides-taken-time.md}.
 */
@Component
public class BookingWriter {

    private final ClaimRepository claims;
    private final BookingRepository bookings;
    private final BookingEvents events;
    private final Confirmations confirmations;
    private final ApplicationEventPublisher publisher;

    BookingWriter(ClaimRepository claims, BookingRepository bookings, BookingEvents events, Confirmations confirmations,
            ApplicationEventPublisher publisher) {
        this.claims = claims;
        this.bookings = bookings;
        this.events = events;
        this.confirmations = confirmations;
        this.publisher = publisher;
    }

    /**
     * @param bookedBy who made the booking when it is not the client (the coach, for one of their
     *     clients); null when the client did, or a reader whose address still has to be confirmed
     */
    @Transactional
    public Confirmation write(SessionType type, TimeRange claimed, BookingRequest request, ZoneId readerZone,
            Supplier<BookingClient> client, @Nullable AccountId bookedBy) {
        return write(type, claimed, request, readerZone, client, bookedBy, booking -> { });
    }

    /** @param alsoWrite what else belongs to the booking, written in its transaction (such as the answers to the intake questions) */
    @Transactional
    public Confirmation write(SessionType type, TimeRange claimed, BookingRequest request, ZoneId readerZone,
            Supplier<BookingClient> client, @Nullable AccountId bookedBy, Consumer<Booking> alsoWrite) {
        return write(type, claimed, request, readerZone, client, bookedBy, alsoWrite, BookingChanged.Change.BOOKED);
    }

    /** One session of a series, which tells about them all in one letter; only this session's reminders follow it. */
    @Transactional
    public Confirmation writeInSeries(SessionType type, TimeRange claimed, BookingRequest request, ZoneId readerZone,
            Supplier<BookingClient> client, @Nullable AccountId bookedBy, Consumer<Booking> alsoWrite) {
        return write(type, claimed, request, readerZone, client, bookedBy, alsoWrite, BookingChanged.Change.BOOKED_IN_SERIES);
    }

    private Confirmation write(SessionType type, TimeRange claimed, BookingRequest request, ZoneId readerZone,
            Supplier<BookingClient> client, @Nullable AccountId bookedBy, Consumer<Booking> alsoWrite, BookingChanged.Change change) {
        var claim = claims.claim(type.coachId(), claimed, ClaimRepository.Kind.BOOKING);
        BookingClient owner = client.get();
        Booking booking = bookings.insert(type, owner, claim, request, readerZone);
        alsoWrite.accept(booking);
        AccountId by = bookedBy != null ? bookedBy : owner.awaitsConfirmation() ? null : owner.id();
        events.record(type.coachId(), booking.id(), BookingEvents.Kind.CREATED, by, "");
        Confirmation confirmation = confirmations.of(booking, type);
        publisher.publishEvent(new BookingChanged(confirmation, change, null, ""));
        return confirmation;
    }
}
