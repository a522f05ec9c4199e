package app.goodenough.schedule.internal;

import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.TIME_CLAIM;

import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingClient;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record12;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class BookingRepository {

    private final DSLContext db;

    BookingRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Booking> findById(BookingId id) {
        return selectBookings()
                .where(BOOKING.ID.eq(id))
                .fetchOptional(Records.mapping(Booking::new));
    }

    /** One of the coach's bookings; another coach's booking is as absent as one that does not exist. */
    public Optional<Booking> findOfCoach(AccountId coachId, BookingId id) {
        return selectBookings()
                .where(BOOKING.ID.eq(id).and(BOOKING.COACH_ID.eq(coachId)))
                .fetchOptional(Records.mapping(Booking::new));
    }

    /** A client's bookings with any coach, the latest first; not those booked with their address that they have not confirmed. */
    public List<Booking> ofClient(AccountId clientId) {
        return selectBookings()
                .where(BOOKING.CLIENT_ID.eq(clientId).and(BOOKING.AWAITS_CLIENT.isFalse()))
                .orderBy(BOOKING.STARTS_AT.desc())
                .fetch(Records.mapping(Booking::new));
    }

    /** The coach's sessions that are still to come and not cancelled, as time ranges. */
    public List<TimeRange> upcomingOf(AccountId coachId, Instant now) {
        return db.select(BOOKING.STARTS_AT, BOOKING.ENDS_AT)
                .from(BOOKING)
                .where(BOOKING.COACH_ID.eq(coachId))
                .and(BOOKING.STATUS.eq(BookingStatus.BOOKED))
                .and(BOOKING.STARTS_AT.gt(now))
                .fetch(Records.mapping(TimeRange::new));
    }

    private SelectJoinStep<Record12<BookingId, AccountId, AccountId, SessionTypeId, Instant, Instant, BookingStatus, String, String,
            ZoneId, String, Boolean>> selectBookings() {
        return db.select(BOOKING.ID, BOOKING.COACH_ID, BOOKING.CLIENT_ID, BOOKING.SESSION_TYPE_ID,
                        BOOKING.STARTS_AT,
                        BOOKING.ENDS_AT,
                        BOOKING.STATUS, BOOKING.FOCUS_PRINCIPLE, BOOKING.CLIENT_MESSAGE, BOOKING.CLIENT_TIME_ZONE,
                        BOOKING.TYPED_NAME, BOOKING.AWAITS_CLIENT)
                .from(BOOKING);
    }

    public Optional<BookingId> findByIdempotencyKey(UUID key) {
        return db.select(BOOKING.ID).from(BOOKING).where(BOOKING.IDEMPOTENCY_KEY.eq(key)).fetchOptional(BOOKING.ID);
    }

    /** Stores a new booked session and returns it as stored, without reading it back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Booking insert(SessionType type, BookingClient client, UUID claimId, BookingRequest request, ZoneId readerZone) {
        Instant end = request.start().plus(type.duration());
        BookingId id = db.insertInto(BOOKING)
                .set(BOOKING.COACH_ID, type.coachId())
                .set(BOOKING.CLIENT_ID, client.id())
                .set(BOOKING.AWAITS_CLIENT, client.awaitsConfirmation())
                .set(BOOKING.TYPED_NAME, request.name())
                .set(BOOKING.SESSION_TYPE_ID, type.id())
                .set(BOOKING.STARTS_AT, request.start())
                .set(BOOKING.ENDS_AT, end)
                .set(BOOKING.CLAIM_ID, claimId)
                .set(BOOKING.FOCUS_PRINCIPLE, request.focus())
                .set(BOOKING.CLIENT_MESSAGE, request.message())
                .set(BOOKING.CLIENT_PHONE, request.phone())
                .set(BOOKING.CLIENT_TIME_ZONE, readerZone)
                .set(BOOKING.IDEMPOTENCY_KEY, request.idempotencyKey())
                .returning(BOOKING.ID)
                .fetchSingle(BOOKING.ID);
        return new Booking(id, type.coachId(), client.id(), type.id(), request.start(), end, BookingStatus.BOOKED, request.focus(),
                request.message(), readerZone, request.name(), client.awaitsConfirmation());
    }

    /**
     * Moves a booked session of this coach's to another time. Its claim moves with it, so the
     * exclusion constraint weighs the new time against every other claim but its own.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(AccountId coachId, BookingId id, TimeRange session, TimeRange claim) {
        db.update(TIME_CLAIM)
                .set(TIME_CLAIM.PERIOD, Periods.period(claim))
                .where(TIME_CLAIM.COACH_ID.eq(coachId))
                .and(TIME_CLAIM.ID.eq(DSL.select(BOOKING.CLAIM_ID).from(BOOKING).where(BOOKING.ID.eq(id))))
                .execute();
        db.update(BOOKING)
                .set(BOOKING.STARTS_AT, session.start())
                .set(BOOKING.ENDS_AT, session.end())
                .set(BOOKING.VERSION, BOOKING.VERSION.plus(1))
                .where(BOOKING.ID.eq(id).and(BOOKING.COACH_ID.eq(coachId)).and(BOOKING.STATUS.eq(BookingStatus.BOOKED)))
                .execute();
    }

    /** Moves a booked session of this coach's to another status; false when it is not (or no longer) booked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeStatus(AccountId coachId, BookingId id, BookingStatus to) {
        return db.update(BOOKING)
                .set(BOOKING.STATUS, to)
                .set(BOOKING.VERSION, BOOKING.VERSION.plus(1))
                .where(BOOKING.ID.eq(id).and(BOOKING.COACH_ID.eq(coachId)).and(BOOKING.STATUS.eq(BookingStatus.BOOKED)))
                .execute() == 1;
    }

    /** Puts a session marked completed or no-show back to booked; false when it has no outcome. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revertOutcome(AccountId coachId, BookingId id) {
        return db.update(BOOKING)
                .set(BOOKING.STATUS, BookingStatus.BOOKED)
                .set(BOOKING.VERSION, BOOKING.VERSION.plus(1))
                .where(BOOKING.ID.eq(id).and(BOOKING.COACH_ID.eq(coachId))
                        .and(BOOKING.STATUS.in(BookingStatus.COMPLETED, BookingStatus.NO_SHOW)))
                .execute() == 1;
    }

    /** The owner of the address a session was booked with on trust says it is theirs; false when it did not wait. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean confirmClient(AccountId coachId, BookingId id) {
        return db.update(BOOKING)
                .set(BOOKING.AWAITS_CLIENT, false)
                .set(BOOKING.VERSION, BOOKING.VERSION.plus(1))
                .where(BOOKING.ID.eq(id).and(BOOKING.COACH_ID.eq(coachId)).and(BOOKING.AWAITS_CLIENT.isTrue()))
                .execute() == 1;
    }

    /** Gives a cancelled booking's time back to the calendar. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseClaimOf(AccountId coachId, BookingId id) {
        db.deleteFrom(TIME_CLAIM)
                .where(TIME_CLAIM.COACH_ID.eq(coachId))
                .and(TIME_CLAIM.ID.eq(DSL.select(BOOKING.CLAIM_ID).from(BOOKING).where(BOOKING.ID.eq(id))))
                .execute();
    }
}
