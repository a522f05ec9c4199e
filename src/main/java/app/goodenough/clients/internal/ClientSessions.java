package app.goodenough.clients.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.BOOKING_SERIES;
import static app.goodenough.jooq.Tables.PRINCIPLE;
import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.identity.AccountId;
import app.goodenough.practice.StoryPoint;
import app.goodenough.schedule.BookingStatus;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * A client's sessions with one coach, as their story shows them; never those booked with their
 * address that they have not confirmed.
 */
@Repository
public class ClientSessions {

    private final DSLContext db;

    ClientSessions(DSLContext db) {
        this.db = db;
    }

    /** The sessions, newest first. */
    public List<CalendarEntry> of(AccountId coachId, AccountId clientId) {
        return db.select(BOOKING.ID, BOOKING.STARTS_AT, BOOKING.ENDS_AT, BOOKING.STATUS, BOOKING.CLIENT_ID,
                        ACCOUNT.DISPLAY_NAME, SESSION_TYPE.NAME, SESSION_TYPE.COLOUR, BOOKING.AWAITS_CLIENT, PRINCIPLE.TITLE,
                        DSL.concat(BOOKING.SERIES_POSITION.cast(String.class), DSL.val(" of "), BOOKING_SERIES.OCCURRENCES.cast(String.class)))
                .from(BOOKING)
                .leftJoin(BOOKING_SERIES).on(BOOKING_SERIES.ID.eq(BOOKING.SERIES_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(BOOKING.CLIENT_ID))
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .leftJoin(PRINCIPLE).on(PRINCIPLE.SLUG.eq(BOOKING.FOCUS_PRINCIPLE))
                .where(BOOKING.COACH_ID.eq(coachId).and(BOOKING.CLIENT_ID.eq(clientId)).and(BOOKING.AWAITS_CLIENT.isFalse()))
                .orderBy(BOOKING.STARTS_AT.desc())
                .fetch(Records.mapping(CalendarEntry::new));
    }

    /** The principle chosen to work on, session by session, as points of the story (cancelled sessions left out). */
    public List<StoryPoint> focuses(AccountId coachId, AccountId clientId) {
        return db.select(BOOKING.FOCUS_PRINCIPLE, BOOKING.STARTS_AT, DSL.inline((Integer) null), DSL.inline(true))
                .from(BOOKING)
                .where(BOOKING.COACH_ID.eq(coachId).and(BOOKING.CLIENT_ID.eq(clientId)).and(BOOKING.FOCUS_PRINCIPLE.isNotNull())
                        .and(BOOKING.STATUS.ne(BookingStatus.CANCELLED)).and(BOOKING.AWAITS_CLIENT.isFalse()))
                .fetch(row -> new StoryPoint(row.value1(), row.value2(), row.value3(), row.value4()));
    }
}
