package app.goodenough.answertrail.internal;

import static app.goodenough.jooq.Tables.ANSWER_READ;
import static app.goodenough.jooq.Tables.BOOKING;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class AnswerReadRepository {

    private final DSLContext db;

    AnswerReadRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(AccountId coach, AccountId reader, @Nullable AccountId client, String what, Instant at) {
        db.insertInto(ANSWER_READ)
                .columns(ANSWER_READ.COACH_ID, ANSWER_READ.ACTOR_ID, ANSWER_READ.CLIENT_ID, ANSWER_READ.WHAT, ANSWER_READ.AT)
                .values(coach, reader, client, what, at)
                .execute();
    }

    /** One row for one of the coach's sessions, its client read from the session in the same statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertForSession(AccountId coach, AccountId reader, BookingId session, String what, Instant at) {
        db.insertInto(ANSWER_READ)
                .columns(ANSWER_READ.COACH_ID, ANSWER_READ.ACTOR_ID, ANSWER_READ.CLIENT_ID, ANSWER_READ.BOOKING_ID, ANSWER_READ.WHAT, ANSWER_READ.AT)
                .select(DSL.select(DSL.val(coach), DSL.val(reader), BOOKING.CLIENT_ID, BOOKING.ID, DSL.val(what), DSL.val(at))
                        .from(BOOKING).where(BOOKING.ID.eq(session).and(BOOKING.COACH_ID.eq(coach))))
                .execute();
    }

    public int count(AccountId coach, AccountId client, String what) {
        return db.fetchCount(ANSWER_READ, ANSWER_READ.COACH_ID.eq(coach).and(ANSWER_READ.CLIENT_ID.eq(client)).and(ANSWER_READ.WHAT.eq(what)));
    }
}
