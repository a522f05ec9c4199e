package app.goodenough.answertrail.internal;

import static app.goodenough.jooq.Tables.ANSWER_READ;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import org.jooq.DSLContext;
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
    public void insert(AccountId coach, AccountId reader, @Nullable AccountId client, @Nullable BookingId booking, String what, Instant at) {
        db.insertInto(ANSWER_READ)
                .columns(ANSWER_READ.COACH_ID, ANSWER_READ.ACTOR_ID, ANSWER_READ.CLIENT_ID, ANSWER_READ.BOOKING_ID, ANSWER_READ.WHAT, ANSWER_READ.AT)
                .values(coach, reader, client, booking, what, at)
                .execute();
    }

    public int count(AccountId coach, AccountId client, String what) {
        return db.fetchCount(ANSWER_READ, ANSWER_READ.COACH_ID.eq(coach).and(ANSWER_READ.CLIENT_ID.eq(client)).and(ANSWER_READ.WHAT.eq(what)));
    }
}
