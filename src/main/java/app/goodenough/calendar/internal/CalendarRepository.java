package app.goodenough.calendar.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.BOOKING_EVENT;
import static app.goodenough.jooq.Tables.BOOKING_SERIES;
import static app.goodenough.jooq.Tables.PRINCIPLE;
import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.BookingEvent;
import app.goodenough.calendar.CalendarEntry;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The coach's calendar. Every query is limited to one coach's rows. */
@Repository
public class CalendarRepository {

    /** The name the calendar shows: the client's own, or the one typed while the session waits for the address's owner. */
    private static final Field<String> CLIENT_NAME = DSL.when(BOOKING.AWAITS_CLIENT, BOOKING.TYPED_NAME).otherwise(ACCOUNT.DISPLAY_NAME);

    private final DSLContext db;

    CalendarRepository(DSLContext db) {
        this.db = db;
    }

    public List<CalendarEntry> entries(AccountId coachId, Instant from, Instant to) {
        return db.select(BOOKING.ID, BOOKING.STARTS_AT, BOOKING.ENDS_AT, BOOKING.STATUS, BOOKING.CLIENT_ID,
                        CLIENT_NAME, SESSION_TYPE.NAME, SESSION_TYPE.COLOUR, BOOKING.AWAITS_CLIENT, PRINCIPLE.TITLE,
                        DSL.concat(BOOKING.SERIES_POSITION.cast(String.class), DSL.val(" of "), BOOKING_SERIES.OCCURRENCES.cast(String.class)))
                .from(BOOKING)
                .leftJoin(BOOKING_SERIES).on(BOOKING_SERIES.ID.eq(BOOKING.SERIES_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(BOOKING.CLIENT_ID))
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .leftJoin(PRINCIPLE).on(PRINCIPLE.SLUG.eq(BOOKING.FOCUS_PRINCIPLE))
                .where(BOOKING.COACH_ID.eq(coachId))
                .and(BOOKING.STARTS_AT.lt(to))
                .and(BOOKING.ENDS_AT.gt(from))
                .orderBy(BOOKING.STARTS_AT, BOOKING.CREATED_AT)
                .fetch(Records.mapping(CalendarEntry::new));
    }

    public Optional<BookingDetails> details(AccountId coachId, BookingId id) {
        return db.select(BOOKING.ID, BOOKING.CLIENT_ID, CLIENT_NAME, ACCOUNT.EMAIL, BOOKING.CLIENT_PHONE,
                        BOOKING.CLIENT_TIME_ZONE, SESSION_TYPE.NAME, SESSION_TYPE.COLOUR, BOOKING.STARTS_AT,
                        BOOKING.ENDS_AT, BOOKING.STATUS, PRINCIPLE.TITLE, BOOKING.CLIENT_MESSAGE, BOOKING.CREATED_AT,
                        BOOKING.SESSION_TYPE_ID, history(), BOOKING.AWAITS_CLIENT)
                .from(BOOKING)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(BOOKING.CLIENT_ID))
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .leftJoin(PRINCIPLE).on(PRINCIPLE.SLUG.eq(BOOKING.FOCUS_PRINCIPLE))
                .where(BOOKING.ID.eq(id).and(BOOKING.COACH_ID.eq(coachId)))
                .fetchOptional(Records.mapping(BookingDetails::new));
    }

    private static Field<List<BookingEvent>> history() {
        var actor = ACCOUNT.as("actor");
        return DSL.multiset(DSL.select(BOOKING_EVENT.AT, BOOKING_EVENT.KIND, actor.DISPLAY_NAME, BOOKING_EVENT.DETAIL)
                        .from(BOOKING_EVENT)
                        .leftJoin(actor).on(actor.ID.eq(BOOKING_EVENT.BY_ACCOUNT))
                        .where(BOOKING_EVENT.BOOKING_ID.eq(BOOKING.ID))
                        .orderBy(BOOKING_EVENT.AT))
                .convertFrom(rows -> rows.map(Records.mapping(BookingEvent::new)));
    }

}
