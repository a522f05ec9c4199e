package app.goodenough.notesearch.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.NOTE;
import static app.goodenough.jooq.Tables.NOTE_PRINCIPLE;

import app.goodenough.identity.AccountId;
import app.goodenough.notesearch.NoteHit;
import app.goodenough.notesearch.NoteQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over one coach's notes with PostgreSQL: {@code websearch_to_tsquery}, so any
 * typed text is a valid query, against the indexed {@code note.search} column.
 */
@Repository
public class NoteSearch {

    private static final String HEADLINE_OPTIONS = "MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=\" … \", "
            + "StartSel=" + NoteHit.MARK_START + ", StopSel=" + NoteHit.MARK_END;

    /** A note's date: its session's start, or the day a general note was begun. */
    private static final Field<Instant> NOTE_DATE = DSL.coalesce(BOOKING.STARTS_AT, NOTE.CREATED_AT);

    private final DSLContext db;

    NoteSearch(DSLContext db) {
        this.db = db;
    }

    /** The free tags on the coach's notes, alphabetically. */
    public List<String> freeTags(AccountId coachId) {
        Field<String> tag = DSL.field("tag", String.class);
        return db.selectDistinct(tag)
                .from(NOTE, DSL.unnest(NOTE.FREE_TAGS).as("tags", "tag"))
                .where(NOTE.COACH_ID.eq(coachId))
                .orderBy(tag)
                .fetch(tag);
    }

    public List<NoteHit> search(AccountId coachId, NoteQuery query, ZoneId zone, int limit) {
        boolean hasText = query.text() != null && !query.text().isBlank();
        Field<Object> tsQuery = DSL.field("websearch_to_tsquery('english', {0})", Object.class, DSL.val(hasText ? query.text() : ""));
        List<Condition> conditions = new ArrayList<>();
        conditions.add(NOTE.COACH_ID.eq(coachId));
        if (hasText) {
            conditions.add(DSL.condition("{0} @@ {1}", NOTE.SEARCH, tsQuery));
        }
        if (query.principle() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(NOTE_PRINCIPLE)
                    .where(NOTE_PRINCIPLE.NOTE_ID.eq(NOTE.ID).and(NOTE_PRINCIPLE.PRINCIPLE.eq(query.principle())))));
        }
        if (query.tag() != null) {
            conditions.add(NOTE.FREE_TAGS.contains(new String[] {query.tag()}));
        }
        if (query.clientId() != null) {
            conditions.add(NOTE.CLIENT_ID.eq(query.clientId()));
        }
        if (query.from() != null) {
            conditions.add(NOTE_DATE.ge(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            conditions.add(NOTE_DATE.lt(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.signed() != null) {
            conditions.add(query.signed() ? NOTE.SIGNED_AT.isNotNull() : NOTE.SIGNED_AT.isNull());
        }
        Field<String> snippet = hasText
                ? DSL.field("ts_headline('english', {0}, {1}, {2})", String.class, NOTE.BODY, tsQuery, DSL.val(HEADLINE_OPTIONS))
                : DSL.substring(NOTE.BODY, 1, 400);
        return db.select(NOTE.ID, NOTE.CLIENT_ID, ACCOUNT.DISPLAY_NAME, NOTE_DATE, DSL.field(NOTE.SIGNED_AT.isNotNull()), snippet)
                .from(NOTE)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(NOTE.CLIENT_ID))
                .leftJoin(BOOKING).on(BOOKING.ID.eq(NOTE.BOOKING_ID))
                .where(conditions)
                .orderBy(NOTE_DATE.desc())
                .limit(limit)
                .fetch(Records.mapping(NoteHit::new));
    }
}
