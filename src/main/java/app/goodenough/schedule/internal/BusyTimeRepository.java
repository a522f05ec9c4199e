package app.goodenough.schedule.internal;

import static app.goodenough.jooq.Tables.EXTERNAL_BUSY;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BusyTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Busy times read from a coach's other calendars, one calendar's at a time. */
@Repository
public class BusyTimeRepository {

    private final DSLContext db;

    BusyTimeRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(AccountId coachId, UUID calendarId, List<BusyTime> busy) {
        db.deleteFrom(EXTERNAL_BUSY).where(EXTERNAL_BUSY.CALENDAR_ID.eq(calendarId).and(EXTERNAL_BUSY.COACH_ID.eq(coachId))).execute();
        if (busy.isEmpty()) {
            return;
        }
        var insert = db.insertInto(EXTERNAL_BUSY, EXTERNAL_BUSY.CALENDAR_ID, EXTERNAL_BUSY.COACH_ID, EXTERNAL_BUSY.PERIOD, EXTERNAL_BUSY.TITLE);
        for (BusyTime time : busy) {
            insert = insert.values(DSL.val(calendarId), DSL.val(coachId), Periods.period(time.period()), DSL.val(time.title()));
        }
        insert.execute();
    }
}
