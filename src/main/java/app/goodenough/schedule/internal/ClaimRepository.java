package app.goodenough.schedule.internal;

import static app.goodenough.jooq.Tables.EXTERNAL_BUSY;
import static app.goodenough.jooq.Tables.TIME_CLAIM;

import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BlockedTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Taken time in a coach's calendar; PostgreSQL refuses a claim that overlaps another of the same coach. */
@Repository
public class ClaimRepository {

    public enum Kind { BOOKING, BLOCK }

    private static final String BUSY_ELSEWHERE = "Busy in another calendar";

    private final DSLContext db;

    ClaimRepository(DSLContext db) {
        this.db = db;
    }

    /** Claims and busy times of the coach's other calendars that reach into the range: time no new session may take. */
    public List<TimeRange> takenBetween(AccountId coachId, Instant from, Instant to) {
        var range = Periods.period(new TimeRange(from, to));
        return db.select(TIME_CLAIM.PERIOD)
                .from(TIME_CLAIM)
                .where(TIME_CLAIM.COACH_ID.eq(coachId))
                .and(DSL.condition("{0} && {1}", TIME_CLAIM.PERIOD, range))
                .unionAll(DSL.select(EXTERNAL_BUSY.PERIOD)
                        .from(EXTERNAL_BUSY)
                        .where(EXTERNAL_BUSY.COACH_ID.eq(coachId))
                        .and(DSL.condition("{0} && {1}", EXTERNAL_BUSY.PERIOD, range)))
                .fetch(row -> new TimeRange(row.value1().lower().toInstant(), row.value1().upper().toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID claim(AccountId coachId, TimeRange period, Kind kind) {
        return db.insertInto(TIME_CLAIM)
                .columns(TIME_CLAIM.COACH_ID, TIME_CLAIM.PERIOD, TIME_CLAIM.KIND)
                .values(DSL.val(coachId), Periods.period(period), DSL.val(kind.name()))
                .returning(TIME_CLAIM.ID)
                .fetchSingle(TIME_CLAIM.ID);
    }

    /** Blocked time, and the busy times of the coach's other calendars, that reach into the range, in time order. */
    public List<BlockedTime> blocks(AccountId coachId, Instant from, Instant to) {
        var range = Periods.period(new TimeRange(from, to));
        List<BlockedTime> blocks = db.select(TIME_CLAIM.ID, TIME_CLAIM.PERIOD, TIME_CLAIM.NOTE)
                .from(TIME_CLAIM)
                .where(TIME_CLAIM.COACH_ID.eq(coachId))
                .and(TIME_CLAIM.KIND.eq(Kind.BLOCK.name()))
                .and(DSL.condition("{0} && {1}", TIME_CLAIM.PERIOD, range))
                .fetch(row -> new BlockedTime(row.value1(), row.value2().lower().toInstant(), row.value2().upper().toInstant(),
                        row.value3(), false));
        List<BlockedTime> elsewhere = db.select(EXTERNAL_BUSY.CALENDAR_ID, EXTERNAL_BUSY.PERIOD, EXTERNAL_BUSY.TITLE)
                .from(EXTERNAL_BUSY)
                .where(EXTERNAL_BUSY.COACH_ID.eq(coachId))
                .and(DSL.condition("{0} && {1}", EXTERNAL_BUSY.PERIOD, range))
                .fetch(row -> new BlockedTime(row.value1(), row.value2().lower().toInstant(), row.value2().upper().toInstant(),
                        row.value3().isBlank() ? BUSY_ELSEWHERE : row.value3(), true));
        return Stream.concat(blocks.stream(), elsewhere.stream()).sorted(Comparator.comparing(BlockedTime::start)).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID block(AccountId coachId, TimeRange period, String note) {
        return db.insertInto(TIME_CLAIM)
                .columns(TIME_CLAIM.COACH_ID, TIME_CLAIM.PERIOD, TIME_CLAIM.KIND, TIME_CLAIM.NOTE)
                .values(DSL.val(coachId), Periods.period(period),
                        DSL.val(Kind.BLOCK.name()), DSL.val(note))
                .returning(TIME_CLAIM.ID)
                .fetchSingle(TIME_CLAIM.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean unblock(AccountId coachId, UUID blockId) {
        return db.deleteFrom(TIME_CLAIM)
                .where(TIME_CLAIM.ID.eq(blockId).and(TIME_CLAIM.COACH_ID.eq(coachId)).and(TIME_CLAIM.KIND.eq(Kind.BLOCK.name())))
                .execute() == 1;
    }
}
