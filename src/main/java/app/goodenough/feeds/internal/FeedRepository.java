package app.goodenough.feeds.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.BOOKING_EVENT;
import static app.goodenough.jooq.Tables.CALENDAR_FEED;
import static app.goodenough.jooq.Tables.INTAKE_ANSWER;
import static app.goodenough.jooq.Tables.PRINCIPLE;
import static app.goodenough.jooq.Tables.SESSION_TYPE;
import static app.goodenough.jooq.Tables.TIME_CLAIM;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.Role;
import app.goodenough.schedule.BookingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The feeds' secrets, and the sessions and blocks a feed lists, each query limited to the feed owner's own rows. */
@Repository
public class FeedRepository {

    /** The account a feed belongs to and its role, which says whose sessions the feed lists. */
    public record Owner(AccountId id, Role role, byte[] secret) {
    }

    private static final String CANCELLED = "CANCELLED";
    private static final String BLOCK = "BLOCK";

    private final DSLContext db;

    FeedRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<byte[]> secretOf(AccountId owner) {
        return db.select(CALENDAR_FEED.SECRET).from(CALENDAR_FEED).where(CALENDAR_FEED.ACCOUNT_ID.eq(owner)).fetchOptional(CALENDAR_FEED.SECRET);
    }

    /** The owner of a feed, when the account still exists, is enabled and may have sessions. */
    public Optional<Owner> owner(AccountId owner) {
        return db.select(ACCOUNT.ID, ACCOUNT.ROLE, CALENDAR_FEED.SECRET)
                .from(CALENDAR_FEED)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(CALENDAR_FEED.ACCOUNT_ID))
                .where(CALENDAR_FEED.ACCOUNT_ID.eq(owner).and(ACCOUNT.ENABLED).and(ACCOUNT.ROLE.in(Role.COACH, Role.CLIENT)))
                .fetchOptional(Records.mapping(Owner::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceSecret(AccountId owner, byte[] secret, Instant at) {
        db.insertInto(CALENDAR_FEED)
                .columns(CALENDAR_FEED.ACCOUNT_ID, CALENDAR_FEED.SECRET, CALENDAR_FEED.MADE_AT)
                .values(owner, secret, at)
                .onConflict(CALENDAR_FEED.ACCOUNT_ID).doUpdate()
                .set(CALENDAR_FEED.SECRET, secret).set(CALENDAR_FEED.MADE_AT, at)
                .execute();
    }

    /** A coach's sessions from {@code from} to {@code to}; cancelled ones only when cancelled since {@code cancelledSince}. */
    public List<FeedSession> sessionsOfCoach(AccountId coach, Instant from, Instant to, Instant cancelledSince, int limit) {
        Field<String> client = DSL.when(BOOKING.AWAITS_CLIENT, BOOKING.TYPED_NAME).otherwise(ACCOUNT.DISPLAY_NAME);
        return sessions(client, ACCOUNT.ID.eq(BOOKING.CLIENT_ID), BOOKING.COACH_ID.eq(coach), true, from, to, cancelledSince, limit);
    }

    /** A client's own sessions, those confirmed as theirs, with any coach. */
    public List<FeedSession> sessionsOfClient(AccountId client, Instant from, Instant to, Instant cancelledSince, int limit) {
        return sessions(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID.eq(BOOKING.COACH_ID), BOOKING.CLIENT_ID.eq(client).and(BOOKING.AWAITS_CLIENT.isFalse()),
                false, from, to, cancelledSince, limit);
    }

    public List<FeedBlock> blocksOf(AccountId coach, Instant from, Instant to, int limit) {
        Field<Instant> start = DSL.field("lower({0})", Instant.class, TIME_CLAIM.PERIOD);
        Field<Instant> end = DSL.field("upper({0})", Instant.class, TIME_CLAIM.PERIOD);
        return db.select(TIME_CLAIM.ID, start, end)
                .from(TIME_CLAIM)
                .where(TIME_CLAIM.COACH_ID.eq(coach).and(TIME_CLAIM.KIND.eq(BLOCK)))
                .and(DSL.condition("{0} && tstzrange({1}, {2})", TIME_CLAIM.PERIOD, DSL.val(from), DSL.val(to)))
                .orderBy(start)
                .limit(limit)
                .fetch(Records.mapping(FeedBlock::new));
    }

    /** @param withAnswers whether the feed carries the intake answers: the coach's does, the client's does not */
    private List<FeedSession> sessions(Field<String> who, Condition whoJoin, Condition whose, boolean withAnswers, Instant from, Instant to,
            Instant cancelledSince, int limit) {
        Field<List<String>> answers = DSL.multiset(DSL.select(DSL.concat(INTAKE_ANSWER.PROMPT, DSL.val(": "), INTAKE_ANSWER.ANSWER))
                        .from(INTAKE_ANSWER)
                        .where(INTAKE_ANSWER.BOOKING_ID.eq(BOOKING.ID).and(INTAKE_ANSWER.COACH_ID.eq(BOOKING.COACH_ID)).and(DSL.inline(withAnswers)))
                        .orderBy(INTAKE_ANSWER.POSITION))
                .convertFrom(rows -> rows.map(Record1::value1));
        Field<Integer> moves = DSL.field(DSL.selectCount().from(BOOKING_EVENT)
                .where(BOOKING_EVENT.BOOKING_ID.eq(BOOKING.ID).and(BOOKING_EVENT.KIND.eq("RESCHEDULED"))));
        Field<Instant> changedAt = DSL.coalesce(DSL.field(DSL.select(DSL.max(BOOKING_EVENT.AT)).from(BOOKING_EVENT)
                .where(BOOKING_EVENT.BOOKING_ID.eq(BOOKING.ID))), BOOKING.CREATED_AT);
        Condition recentlyCancelledOrNot = BOOKING.STATUS.ne(BookingStatus.CANCELLED).or(DSL.exists(DSL.selectOne().from(BOOKING_EVENT)
                .where(BOOKING_EVENT.BOOKING_ID.eq(BOOKING.ID).and(BOOKING_EVENT.KIND.eq(CANCELLED)).and(BOOKING_EVENT.AT.ge(cancelledSince)))));
        return db.select(BOOKING.ID, BOOKING.STARTS_AT, BOOKING.ENDS_AT, BOOKING.STATUS, who, SESSION_TYPE.NAME, PRINCIPLE.TITLE, moves,
                        changedAt, answers)
                .from(BOOKING)
                .join(ACCOUNT).on(whoJoin)
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .leftJoin(PRINCIPLE).on(PRINCIPLE.SLUG.eq(BOOKING.FOCUS_PRINCIPLE))
                .where(whose)
                .and(BOOKING.STARTS_AT.lt(to)).and(BOOKING.ENDS_AT.gt(from))
                .and(recentlyCancelledOrNot)
                .orderBy(BOOKING.STARTS_AT, BOOKING.ID)
                .limit(limit)
                .fetch(Records.mapping(FeedSession::new));
    }
}
