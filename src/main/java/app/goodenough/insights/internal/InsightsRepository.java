package app.goodenough.insights.internal;

import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.BOOKING_ENTRY;
import static app.goodenough.jooq.Tables.BOOKING_FLOW_OPENED;
import static app.goodenough.jooq.Tables.CHECK_IN;
import static app.goodenough.jooq.Tables.CHECK_IN_WEIGHT;
import static app.goodenough.jooq.Tables.NOTE;
import static app.goodenough.jooq.Tables.NOTE_PRINCIPLE;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article's counts and where each of a coach's readers' bookings came from. Reports read
 * aggregates only: numbers per section and principle, never a note, an answer or a person.
 */
@Repository
public class InsightsRepository {

    /** How often one principle came up for one section. */
    public record Count(String section, String principle, int count) {
    }

    private final DSLContext db;

    InsightsRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void countOpening(LocalDate day, String section) {
        db.insertInto(BOOKING_FLOW_OPENED).columns(BOOKING_FLOW_OPENED.DAY, BOOKING_FLOW_OPENED.SECTION, BOOKING_FLOW_OPENED.OPENED)
                .values(day, section, 1)
                .onConflict(BOOKING_FLOW_OPENED.DAY, BOOKING_FLOW_OPENED.SECTION).doUpdate()
                .set(BOOKING_FLOW_OPENED.OPENED, BOOKING_FLOW_OPENED.OPENED.plus(1))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertEntry(BookingId booking, AccountId coach, String section, Instant at) {
        db.insertInto(BOOKING_ENTRY).columns(BOOKING_ENTRY.BOOKING_ID, BOOKING_ENTRY.COACH_ID, BOOKING_ENTRY.SECTION, BOOKING_ENTRY.BOOKED_AT)
                .values(booking, coach, section, at)
                .execute();
    }

    /** Openings of the booking flow per section from {@code from} to {@code to}, both included. */
    public Map<String, Integer> openings(LocalDate from, LocalDate to) {
        Field<Integer> total = sum(BOOKING_FLOW_OPENED.OPENED).cast(Integer.class).as("total");
        return db.select(BOOKING_FLOW_OPENED.SECTION, total)
                .from(BOOKING_FLOW_OPENED)
                .where(BOOKING_FLOW_OPENED.DAY.between(from, to))
                .groupBy(BOOKING_FLOW_OPENED.SECTION)
                .fetchMap(BOOKING_FLOW_OPENED.SECTION, total);
    }

    /** The coach's bookings made in the period from one section: how many, and how many of them were completed. */
    public record Booked(int booked, int completed) {
    }

    /** The coach's bookings made in the period, by section. */
    public Map<String, Booked> bookings(AccountId coach, Instant from, Instant to) {
        return db.select(BOOKING_ENTRY.SECTION, DSL.count(), DSL.count().filterWhere(BOOKING.STATUS.eq(BookingStatus.COMPLETED)))
                .from(BOOKING_ENTRY).join(BOOKING).on(BOOKING.ID.eq(BOOKING_ENTRY.BOOKING_ID))
                .where(booked(coach, from, to))
                .groupBy(BOOKING_ENTRY.SECTION)
                .fetchMap(Record3::value1, row -> new Booked(row.value2(), row.value3()));
    }

    /** Per section, how many of the coach's notes on those clients were tagged with each principle. */
    public List<Count> noteTags(AccountId coach, Instant from, Instant to) {
        return db.select(BOOKING_ENTRY.SECTION, NOTE_PRINCIPLE.PRINCIPLE, countDistinct(NOTE.ID))
                .from(BOOKING_ENTRY).join(BOOKING).on(BOOKING.ID.eq(BOOKING_ENTRY.BOOKING_ID))
                .join(NOTE).on(NOTE.CLIENT_ID.eq(BOOKING.CLIENT_ID).and(NOTE.COACH_ID.eq(coach)))
                .join(NOTE_PRINCIPLE).on(NOTE_PRINCIPLE.NOTE_ID.eq(NOTE.ID))
                .where(booked(coach, from, to))
                .groupBy(BOOKING_ENTRY.SECTION, NOTE_PRINCIPLE.PRINCIPLE)
                .fetch(InsightsRepository::count);
    }

    /** Per section, how many of those clients' check-ins with the coach said a principle weighed 3 or 4. */
    public List<Count> heavyCheckIns(AccountId coach, Instant from, Instant to) {
        return db.select(BOOKING_ENTRY.SECTION, CHECK_IN_WEIGHT.PRINCIPLE, countDistinct(CHECK_IN.BOOKING_ID))
                .from(BOOKING_ENTRY).join(BOOKING).on(BOOKING.ID.eq(BOOKING_ENTRY.BOOKING_ID))
                .join(CHECK_IN).on(CHECK_IN.CLIENT_ID.eq(BOOKING.CLIENT_ID).and(CHECK_IN.COACH_ID.eq(coach)))
                .join(CHECK_IN_WEIGHT).on(CHECK_IN_WEIGHT.BOOKING_ID.eq(CHECK_IN.BOOKING_ID).and(CHECK_IN_WEIGHT.WEIGHT.ge((short) 3)))
                .where(booked(coach, from, to))
                .groupBy(BOOKING_ENTRY.SECTION, CHECK_IN_WEIGHT.PRINCIPLE)
                .fetch(InsightsRepository::count);
    }

    private static Condition booked(AccountId coach, Instant from, Instant to) {
        return BOOKING_ENTRY.COACH_ID.eq(coach).and(BOOKING.COACH_ID.eq(coach)).and(BOOKING_ENTRY.BOOKED_AT.ge(from))
                .and(BOOKING_ENTRY.BOOKED_AT.lt(to));
    }

    private static Count count(Record3<String, String, Integer> row) {
        return new Count(row.value1(), row.value2(), row.value3());
    }
}
