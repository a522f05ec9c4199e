package app.goodenough.readerseries.internal;

import static app.goodenough.jooq.Tables.READER_SERIES_OFFER;
import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.identity.AccountId;
import app.goodenough.readerseries.SeriesOffer;
import app.goodenough.sessiontypes.SessionTypeId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Which session types readers may book as a series, and how; every change is narrowed to the coach's own types in SQL. */
@Repository
public class OfferRepository {

    private final DSLContext db;

    OfferRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<SeriesOffer> of(SessionTypeId type) {
        return db.select(READER_SERIES_OFFER.SESSIONS, READER_SERIES_OFFER.EVERY_WEEKS)
                .from(READER_SERIES_OFFER)
                .where(READER_SERIES_OFFER.SESSION_TYPE_ID.eq(type))
                .fetchOptional(row -> new SeriesOffer(row.value1(), row.value2()));
    }

    /** Sets or replaces the offer of one of the coach's types; false when the type is not hers. */
    public boolean save(AccountId coach, SessionTypeId type, SeriesOffer offer) {
        return db.insertInto(READER_SERIES_OFFER, READER_SERIES_OFFER.SESSION_TYPE_ID, READER_SERIES_OFFER.SESSIONS,
                        READER_SERIES_OFFER.EVERY_WEEKS)
                .select(DSL.select(SESSION_TYPE.ID, DSL.val((short) offer.sessions()), DSL.val((short) offer.everyWeeks()))
                        .from(SESSION_TYPE)
                        .where(SESSION_TYPE.ID.eq(type).and(SESSION_TYPE.COACH_ID.eq(coach))))
                .onConflict(READER_SERIES_OFFER.SESSION_TYPE_ID)
                .doUpdate()
                .set(READER_SERIES_OFFER.SESSIONS, (short) offer.sessions())
                .set(READER_SERIES_OFFER.EVERY_WEEKS, (short) offer.everyWeeks())
                .execute() == 1;
    }

    /** Stops offering one of the coach's types as a series. */
    public void remove(AccountId coach, SessionTypeId type) {
        db.deleteFrom(READER_SERIES_OFFER)
                .where(READER_SERIES_OFFER.SESSION_TYPE_ID.eq(type))
                .and(READER_SERIES_OFFER.SESSION_TYPE_ID.in(DSL.select(SESSION_TYPE.ID).from(SESSION_TYPE).where(SESSION_TYPE.COACH_ID.eq(coach))))
                .execute();
    }
}
