package app.goodenough.series.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.BOOKING_SERIES;
import static app.goodenough.jooq.Tables.EXTERNAL_BUSY;
import static app.goodenough.jooq.Tables.SESSION_TYPE;
import static app.goodenough.jooq.Tables.TIME_CLAIM;

import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.series.SeriesRhythm;
import app.goodenough.sessiontypes.SessionTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Series and what stands in their way in a coach's calendar: sessions, blocked time and busy times of her other calendars. */
@Repository
public class SeriesRepository {

    /** Time already taken in the coach's calendar, by what, in words, and by which session when it is one. */
    public record Taken(TimeRange period, String what, @Nullable BookingId booking) {
    }

    private final DSLContext db;

    SeriesRepository(DSLContext db) {
        this.db = db;
    }

    /** Everything that takes time in the coach's calendar between {@code from} and {@code to}, buffers included. */
    public List<Taken> takenBetween(AccountId coach, Instant from, Instant to) {
        Field<Instant> claimStart = DSL.field("lower({0})", Instant.class, TIME_CLAIM.PERIOD);
        Field<Instant> claimEnd = DSL.field("upper({0})", Instant.class, TIME_CLAIM.PERIOD);
        Field<String> what = DSL.when(TIME_CLAIM.KIND.eq("BLOCK"), DSL.val("blocked time"))
                .otherwise(DSL.concat(DSL.when(BOOKING.AWAITS_CLIENT, BOOKING.TYPED_NAME).otherwise(ACCOUNT.DISPLAY_NAME), DSL.val("'s "),
                        SESSION_TYPE.NAME));
        var claims = db.select(claimStart, claimEnd, what, BOOKING.ID)
                .from(TIME_CLAIM)
                .leftJoin(BOOKING).on(BOOKING.CLAIM_ID.eq(TIME_CLAIM.ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(BOOKING.CLIENT_ID))
                .leftJoin(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .where(TIME_CLAIM.COACH_ID.eq(coach))
                .and(DSL.condition("{0} && tstzrange({1}, {2})", TIME_CLAIM.PERIOD, DSL.val(from), DSL.val(to)))
                .fetch(row -> new Taken(new TimeRange(row.value1(), row.value2()), row.value3(), row.value4()));
        Field<Instant> busyStart = DSL.field("lower({0})", Instant.class, EXTERNAL_BUSY.PERIOD);
        Field<Instant> busyEnd = DSL.field("upper({0})", Instant.class, EXTERNAL_BUSY.PERIOD);
        var busy = db.select(busyStart, busyEnd)
                .from(EXTERNAL_BUSY)
                .where(EXTERNAL_BUSY.COACH_ID.eq(coach))
                .and(DSL.condition("{0} && tstzrange({1}, {2})", EXTERNAL_BUSY.PERIOD, DSL.val(from), DSL.val(to)))
                .fetch(row -> new Taken(new TimeRange(row.value1(), row.value2()), "a busy time in another calendar", null));
        return Stream.concat(claims.stream(), busy.stream()).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(SeriesRhythm rhythm, AccountId coach, AccountId client, SessionTypeId type, Instant at) {
        db.insertInto(BOOKING_SERIES)
                .columns(BOOKING_SERIES.ID, BOOKING_SERIES.COACH_ID, BOOKING_SERIES.CLIENT_ID, BOOKING_SERIES.SESSION_TYPE_ID,
                        BOOKING_SERIES.FIRST_DAY, BOOKING_SERIES.LOCAL_TIME, BOOKING_SERIES.TIME_ZONE, BOOKING_SERIES.EVERY_WEEKS,
                        BOOKING_SERIES.OCCURRENCES, BOOKING_SERIES.CREATED_AT)
                .values(rhythm.id(), coach, client, type, rhythm.firstDay(), rhythm.time(), rhythm.zone(), (short) rhythm.everyWeeks(),
                        (short) rhythm.count(), at)
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void place(BookingId booking, UUID series, int position) {
        db.update(BOOKING).set(BOOKING.SERIES_ID, series).set(BOOKING.SERIES_POSITION, (short) position)
                .where(BOOKING.ID.eq(booking))
                .execute();
    }

    /** A session's series and place in it, with the series' shape; empty for a session on its own. */
    public record Membership(SeriesRhythm rhythm, int position) {
    }

    /** The series of one of the coach's sessions, or of any session when {@code coach} is null (the caller checked whose it is). */
    public Optional<Membership> membershipOf(BookingId booking, @Nullable AccountId coach) {
        return db.select(BOOKING_SERIES.ID, BOOKING_SERIES.FIRST_DAY, BOOKING_SERIES.LOCAL_TIME, BOOKING_SERIES.TIME_ZONE,
                        BOOKING_SERIES.EVERY_WEEKS, BOOKING_SERIES.OCCURRENCES, BOOKING.SERIES_POSITION)
                .from(BOOKING)
                .join(BOOKING_SERIES).on(BOOKING_SERIES.ID.eq(BOOKING.SERIES_ID))
                .where(BOOKING.ID.eq(booking))
                .and(coach == null ? DSL.noCondition() : BOOKING.COACH_ID.eq(coach))
                .fetchOptional(row -> new Membership(new SeriesRhythm(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6()), row.value7()));
    }

    /** A booked session of a series and its place in it. */
    public record Placed(BookingId id, int position) {
    }

    /** The booked sessions of a series from this place on, in order. */
    public List<Placed> bookedFrom(UUID series, int position) {
        return db.select(BOOKING.ID, BOOKING.SERIES_POSITION).from(BOOKING)
                .where(BOOKING.SERIES_ID.eq(series))
                .and(BOOKING.SERIES_POSITION.ge((short) position))
                .and(BOOKING.STATUS.eq(BookingStatus.BOOKED))
                .orderBy(BOOKING.SERIES_POSITION)
                .fetch(row -> new Placed(row.value1(), row.value2()));
    }

    public boolean exists(UUID series) {
        return db.fetchExists(BOOKING_SERIES, BOOKING_SERIES.ID.eq(series));
    }
}
