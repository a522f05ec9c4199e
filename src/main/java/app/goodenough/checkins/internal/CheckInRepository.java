package app.goodenough.checkins.internal;

import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.CHECK_IN;
import static app.goodenough.jooq.Tables.CHECK_IN_WEIGHT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import app.goodenough.checkins.CheckIn;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Check-ins, each query limited by its caller to one coach's or one client's rows. */
@Repository
public class CheckInRepository {

    private final DSLContext db;

    CheckInRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores a session's check-in, replacing an earlier one of the same session whole. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(BookingId booking, AccountId coach, AccountId client, Map<String, Integer> weights, String wish, Instant at) {
        db.insertInto(CHECK_IN)
                .columns(CHECK_IN.BOOKING_ID, CHECK_IN.COACH_ID, CHECK_IN.CLIENT_ID, CHECK_IN.WISH, CHECK_IN.ANSWERED_AT)
                .values(booking, coach, client, wish, at)
                .onConflict(CHECK_IN.BOOKING_ID).doUpdate().set(CHECK_IN.WISH, wish).set(CHECK_IN.ANSWERED_AT, at)
                .execute();
        db.deleteFrom(CHECK_IN_WEIGHT).where(CHECK_IN_WEIGHT.BOOKING_ID.eq(booking)).execute();
        var insert = db.insertInto(CHECK_IN_WEIGHT, CHECK_IN_WEIGHT.BOOKING_ID, CHECK_IN_WEIGHT.PRINCIPLE, CHECK_IN_WEIGHT.WEIGHT);
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            insert = insert.values(booking, weight.getKey(), weight.getValue().shortValue());
        }
        if (!weights.isEmpty()) {
            insert.execute();
        }
    }

    /** One session's check-in, when the session is the coach's. */
    public Optional<CheckIn> ofSession(AccountId coach, BookingId booking) {
        return find(CHECK_IN.COACH_ID.eq(coach).and(CHECK_IN.BOOKING_ID.eq(booking)), 1).stream().findFirst();
    }

    /** Any session's check-in, for the page its link opens. */
    public Optional<CheckIn> ofSession(BookingId booking) {
        return find(CHECK_IN.BOOKING_ID.eq(booking), 1).stream().findFirst();
    }

    /** A client's check-ins with one coach, oldest session first. */
    public List<CheckIn> ofClient(AccountId coach, AccountId client, int limit) {
        return find(CHECK_IN.COACH_ID.eq(coach).and(CHECK_IN.CLIENT_ID.eq(client)), limit);
    }

    /** A client's own check-ins with any coach, oldest session first. */
    public List<CheckIn> ofClient(AccountId client, int limit) {
        return find(CHECK_IN.CLIENT_ID.eq(client), limit);
    }

    private List<CheckIn> find(Condition condition, int limit) {
        return db.select(CHECK_IN.BOOKING_ID, BOOKING.STARTS_AT, CHECK_IN.ANSWERED_AT,
                        multiset(select(CHECK_IN_WEIGHT.PRINCIPLE, CHECK_IN_WEIGHT.WEIGHT).from(CHECK_IN_WEIGHT)
                                .where(CHECK_IN_WEIGHT.BOOKING_ID.eq(CHECK_IN.BOOKING_ID))),
                        CHECK_IN.WISH)
                .from(CHECK_IN)
                .join(BOOKING).on(BOOKING.ID.eq(CHECK_IN.BOOKING_ID))
                .where(condition)
                .orderBy(BOOKING.STARTS_AT.desc())
                .limit(limit)
                .fetch(row -> new CheckIn(row.value1(), row.value2(), row.value3(), weights(row.value4()), row.value5()))
                .reversed();
    }

    private static Map<String, Integer> weights(Result<Record2<String, Short>> rows) {
        return rows.stream().collect(Collectors.toMap(Record2::value1, row -> row.value2().intValue()));
    }
}
