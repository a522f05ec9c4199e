package app.goodenough.busytimes.internal;

import static app.goodenough.jooq.Tables.EXTERNAL_CALENDAR;

import app.goodenough.busytimes.ExternalCalendar;
import app.goodenough.identity.AccountId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The coach's other calendars; every query is limited to one coach's rows, but the refresh's. */
@Repository
public class ExternalCalendarRepository {

    /** A calendar whose turn it is to be read again. */
    public record Due(UUID id, AccountId coachId, boolean allDayBlocks, boolean showTitles, CalendarSource source) {
    }

    private static final List<Field<?>> DUE_FIELDS = List.of(EXTERNAL_CALENDAR.ID, EXTERNAL_CALENDAR.COACH_ID, EXTERNAL_CALENDAR.ALL_DAY_BLOCKS,
            EXTERNAL_CALENDAR.SHOW_TITLES, EXTERNAL_CALENDAR.ADDRESS, EXTERNAL_CALENDAR.USERNAME, EXTERNAL_CALENDAR.SECRET);

    private final DSLContext db;

    ExternalCalendarRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID insert(AccountId coachId, String label, CalendarSource source, boolean allDayBlocks, boolean showTitles, Instant at) {
        return db.insertInto(EXTERNAL_CALENDAR)
                .columns(EXTERNAL_CALENDAR.COACH_ID, EXTERNAL_CALENDAR.LABEL, EXTERNAL_CALENDAR.ADDRESS, EXTERNAL_CALENDAR.KIND,
                        EXTERNAL_CALENDAR.USERNAME, EXTERNAL_CALENDAR.SECRET, EXTERNAL_CALENDAR.ALL_DAY_BLOCKS, EXTERNAL_CALENDAR.SHOW_TITLES,
                        EXTERNAL_CALENDAR.CREATED_AT, EXTERNAL_CALENDAR.LAST_ATTEMPT_AT, EXTERNAL_CALENDAR.LAST_SUCCESS_AT)
                .values(coachId, label, source.address(), source.kind(), source.username(), source.sealedPassword(), allDayBlocks, showTitles, at, at, at)
                .returning(EXTERNAL_CALENDAR.ID)
                .fetchSingle(EXTERNAL_CALENDAR.ID);
    }

    public List<ExternalCalendar> of(AccountId coachId) {
        return db.select(EXTERNAL_CALENDAR.ID, EXTERNAL_CALENDAR.LABEL, EXTERNAL_CALENDAR.ADDRESS, EXTERNAL_CALENDAR.ALL_DAY_BLOCKS,
                        EXTERNAL_CALENDAR.LAST_SUCCESS_AT, EXTERNAL_CALENDAR.LAST_PROBLEM)
                .from(EXTERNAL_CALENDAR)
                .where(EXTERNAL_CALENDAR.COACH_ID.eq(coachId))
                .orderBy(EXTERNAL_CALENDAR.CREATED_AT, EXTERNAL_CALENDAR.ID)
                .fetch(Records.mapping((id, label, address, allDay, success, problem) ->
                        new ExternalCalendar(id, label, hostOf(address), allDay, success, problem)));
    }

    public List<Due> allOf(AccountId coachId) {
        return db.select(DUE_FIELDS)
                .from(EXTERNAL_CALENDAR)
                .where(EXTERNAL_CALENDAR.COACH_ID.eq(coachId))
                .fetch(ExternalCalendarRepository::due);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(AccountId coachId, UUID id) {
        return db.deleteFrom(EXTERNAL_CALENDAR).where(EXTERNAL_CALENDAR.ID.eq(id).and(EXTERNAL_CALENDAR.COACH_ID.eq(coachId))).execute() == 1;
    }

    /**
     * Takes the turn of the calendar read longest ago, if it was last tried before {@code triedBefore}:
     * its try is written at once, and another instance asking at the same moment skips the row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Due> takeTurn(Instant now, Instant triedBefore) {
        var next = DSL.select(EXTERNAL_CALENDAR.ID).from(EXTERNAL_CALENDAR)
                .where(EXTERNAL_CALENDAR.LAST_ATTEMPT_AT.isNull().or(EXTERNAL_CALENDAR.LAST_ATTEMPT_AT.lt(triedBefore)))
                .orderBy(EXTERNAL_CALENDAR.LAST_ATTEMPT_AT.asc().nullsFirst())
                .limit(1)
                .forUpdate().skipLocked();
        return db.update(EXTERNAL_CALENDAR).set(EXTERNAL_CALENDAR.LAST_ATTEMPT_AT, now)
                .where(EXTERNAL_CALENDAR.ID.eq(next))
                .returningResult(DUE_FIELDS)
                .fetchOptional(ExternalCalendarRepository::due);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void succeeded(UUID id, Instant at) {
        db.update(EXTERNAL_CALENDAR).set(EXTERNAL_CALENDAR.LAST_SUCCESS_AT, at).set(EXTERNAL_CALENDAR.LAST_ATTEMPT_AT, at)
                .set(EXTERNAL_CALENDAR.LAST_PROBLEM, "").where(EXTERNAL_CALENDAR.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(UUID id, Instant at, String problem) {
        db.update(EXTERNAL_CALENDAR).set(EXTERNAL_CALENDAR.LAST_ATTEMPT_AT, at)
                .set(EXTERNAL_CALENDAR.LAST_PROBLEM, problem.length() > 300 ? problem.substring(0, 300) : problem)
                .where(EXTERNAL_CALENDAR.ID.eq(id)).execute();
    }

    private static Due due(Record row) {
        return new Due(row.get(EXTERNAL_CALENDAR.ID), row.get(EXTERNAL_CALENDAR.COACH_ID), row.get(EXTERNAL_CALENDAR.ALL_DAY_BLOCKS),
                row.get(EXTERNAL_CALENDAR.SHOW_TITLES), new CalendarSource(row.get(EXTERNAL_CALENDAR.ADDRESS), row.get(EXTERNAL_CALENDAR.USERNAME), row.get(EXTERNAL_CALENDAR.SECRET)));
    }

    private static String hostOf(String address) {
        String host = URI.create(address).getHost();
        return host == null ? "" : host;
    }
}
