package app.goodenough.schedule.internal;

import static app.goodenough.jooq.Tables.BOOKING_EVENT;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a booking's history, in the same transaction as the change it records, at the application's clock's time. */
@Repository
public class BookingEvents {

    public enum Kind { CREATED, CONFIRMED, RESCHEDULED, CANCELLED, COMPLETED, NO_SHOW, OUTCOME_UNDONE }

    private final DSLContext db;
    private final Clock clock;

    BookingEvents(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AccountId coachId, BookingId bookingId, Kind kind, AccountId by, String detail) {
        db.insertInto(BOOKING_EVENT)
                .columns(BOOKING_EVENT.BOOKING_ID, BOOKING_EVENT.COACH_ID, BOOKING_EVENT.AT, BOOKING_EVENT.KIND, BOOKING_EVENT.BY_ACCOUNT,
                        BOOKING_EVENT.DETAIL)
                .values(bookingId, coachId, clock.instant(), kind.name(), by, detail)
                .execute();
    }
}
