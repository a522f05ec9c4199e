package app.goodenough.notes.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.NOTE;
import static app.goodenough.jooq.Tables.NOTE_ADDENDUM;
import static app.goodenough.jooq.Tables.NOTE_PRINCIPLE;
import static app.goodenough.jooq.Tables.NOTE_VERSION;
import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.identity.AccountId;
import app.goodenough.notes.Addendum;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NoteId;
import app.goodenough.notes.NoteSummary;
import app.goodenough.notes.NoteToWrite;
import app.goodenough.notes.NoteVersion;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.practice.StoryPoint;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Notes, always through their coach: every query carries {@code coach_id}. */
@Repository
public class NoteRepository {

    private final DSLContext db;
    private final Clock clock;

    NoteRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Note> findOwned(AccountId coachId, NoteId id) {
        return db.select(NOTE.ID, NOTE.CLIENT_ID, NOTE.BOOKING_ID, NOTE.BODY,
                        NOTE.FREE_TAGS.convertFrom(tags -> Arrays.asList(tags)),
                        DSL.multiset(DSL.select(NOTE_PRINCIPLE.PRINCIPLE, NOTE_PRINCIPLE.STANCE.convertFrom(s -> s == null ? null : s.intValue()))
                                        .from(NOTE_PRINCIPLE).where(NOTE_PRINCIPLE.NOTE_ID.eq(NOTE.ID)).orderBy(NOTE_PRINCIPLE.PRINCIPLE))
                                .convertFrom(rows -> rows.map(Records.mapping(PrincipleTag::new))),
                        NOTE.CREATED_AT, NOTE.UPDATED_AT, NOTE.SIGNED_AT, NOTE.VERSION,
                        DSL.multiset(DSL.select(NOTE_ADDENDUM.ADDED_AT, NOTE_ADDENDUM.BODY)
                                        .from(NOTE_ADDENDUM).where(NOTE_ADDENDUM.NOTE_ID.eq(NOTE.ID)).orderBy(NOTE_ADDENDUM.ADDED_AT))
                                .convertFrom(rows -> rows.map(Records.mapping(Addendum::new))))
                .from(NOTE)
                .where(NOTE.ID.eq(id).and(NOTE.COACH_ID.eq(coachId)))
                .fetchOptional(Records.mapping(Note::new));
    }

    /** The client's notes, newest session first; a general note stands at the day it was started. */
    public List<NoteSummary> forClient(AccountId coachId, AccountId clientId) {
        Field<Instant> at = noteDate();
        return db.select(NOTE.ID, at, DSL.field(NOTE.BOOKING_ID.isNotNull()), DSL.field(NOTE.SIGNED_AT.isNotNull()),
                        DSL.substring(NOTE.BODY, 1, 400))
                .from(NOTE)
                .where(NOTE.COACH_ID.eq(coachId).and(NOTE.CLIENT_ID.eq(clientId)))
                .orderBy(at.desc())
                .fetch(Records.mapping(NoteSummary::new));
    }

    /** The coach's completed sessions without a signed note, the latest first. */
    public List<NoteToWrite> toWrite(AccountId coachId, int limit) {
        return db.select(BOOKING.ID, ACCOUNT.DISPLAY_NAME, SESSION_TYPE.NAME, BOOKING.STARTS_AT)
                .from(BOOKING)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(BOOKING.CLIENT_ID))
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .leftJoin(NOTE).on(NOTE.BOOKING_ID.eq(BOOKING.ID).and(NOTE.COACH_ID.eq(coachId)))
                .where(BOOKING.COACH_ID.eq(coachId).and(BOOKING.STATUS.eq(BookingStatus.COMPLETED)).and(NOTE.SIGNED_AT.isNull()))
                .orderBy(BOOKING.STARTS_AT.desc())
                .limit(limit)
                .fetch(Records.mapping(NoteToWrite::new));
    }

    /** Principle tags of the client's notes, dated by the session when there is one, else by the note. */
    public List<StoryPoint> taggedPrinciples(AccountId coachId, AccountId clientId) {
        return db.select(NOTE_PRINCIPLE.PRINCIPLE, noteDate(),
                        NOTE_PRINCIPLE.STANCE.convertFrom(stance -> stance == null ? null : stance.intValue()),
                        DSL.inline(false))
                .from(NOTE_PRINCIPLE)
                .join(NOTE).on(NOTE.ID.eq(NOTE_PRINCIPLE.NOTE_ID))
                .where(NOTE.COACH_ID.eq(coachId).and(NOTE.CLIENT_ID.eq(clientId)))
                .fetch(row -> new StoryPoint(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    public Optional<NoteId> findForBooking(AccountId coachId, BookingId bookingId) {
        return db.select(NOTE.ID).from(NOTE)
                .where(NOTE.COACH_ID.eq(coachId).and(NOTE.BOOKING_ID.eq(bookingId)))
                .fetchOptional(NOTE.ID);
    }

    public List<NoteVersion> versions(AccountId coachId, NoteId id) {
        return db.select(NOTE_VERSION.VERSION, NOTE_VERSION.BODY, NOTE_VERSION.FREE_TAGS.convertFrom(tags -> Arrays.asList(tags)),
                        NOTE_VERSION.SAVED_AT)
                .from(NOTE_VERSION)
                .join(NOTE).on(NOTE.ID.eq(NOTE_VERSION.NOTE_ID))
                .where(NOTE.ID.eq(id).and(NOTE.COACH_ID.eq(coachId)))
                .orderBy(NOTE_VERSION.VERSION.desc())
                .fetch(Records.mapping(NoteVersion::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public NoteId insert(AccountId coachId, AccountId clientId, BookingId bookingId, List<PrincipleTag> principles) {
        Instant now = now();
        NoteId id = db.insertInto(NOTE)
                .columns(NOTE.COACH_ID, NOTE.CLIENT_ID, NOTE.BOOKING_ID, NOTE.CREATED_AT, NOTE.UPDATED_AT)
                .values(coachId, clientId, bookingId, now, now)
                .returning(NOTE.ID)
                .fetchSingle(NOTE.ID);
        insertPrinciples(id, principles);
        return id;
    }

    /** When a note is written, by the application's clock: the notes search filters on it, so it is never the database's. */
    private Instant now() {
        return clock.instant();
    }

    /** Saves a new version over {@code expectedVersion}; false when the note changed since, or is signed, or is not this coach's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean save(AccountId coachId, NoteId id, int expectedVersion, NoteDraft draft) {
        String[] tags = draft.freeTags().toArray(String[]::new);
        int updated = db.update(NOTE)
                .set(NOTE.BODY, draft.body())
                .set(NOTE.FREE_TAGS, tags)
                .set(NOTE.VERSION, NOTE.VERSION.plus(1))
                .set(NOTE.UPDATED_AT, now())
                .where(NOTE.ID.eq(id).and(NOTE.COACH_ID.eq(coachId)).and(NOTE.VERSION.eq(expectedVersion)).and(NOTE.SIGNED_AT.isNull()))
                .execute();
        if (updated == 0) {
            return false;
        }
        db.deleteFrom(NOTE_PRINCIPLE).where(NOTE_PRINCIPLE.NOTE_ID.eq(id)).execute();
        insertPrinciples(id, draft.principles());
        db.insertInto(NOTE_VERSION)
                .columns(NOTE_VERSION.NOTE_ID, NOTE_VERSION.VERSION, NOTE_VERSION.BODY, NOTE_VERSION.FREE_TAGS)
                .values(id, expectedVersion + 1, draft.body(), tags)
                .execute();
        return true;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean sign(AccountId coachId, NoteId id, int expectedVersion) {
        return db.update(NOTE)
                .set(NOTE.SIGNED_AT, DSL.currentInstant())
                .where(NOTE.ID.eq(id).and(NOTE.COACH_ID.eq(coachId)).and(NOTE.VERSION.eq(expectedVersion)).and(NOTE.SIGNED_AT.isNull()))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void addAddendum(NoteId id, String body) {
        db.insertInto(NOTE_ADDENDUM).columns(NOTE_ADDENDUM.NOTE_ID, NOTE_ADDENDUM.BODY).values(id, body).execute();
    }

    /** A note's place in time: its session's start, or for a general note the moment it was started. */
    private static Field<Instant> noteDate() {
        return DSL.coalesce(DSL.field(DSL.select(BOOKING.STARTS_AT).from(BOOKING).where(BOOKING.ID.eq(NOTE.BOOKING_ID))), NOTE.CREATED_AT);
    }

    private void insertPrinciples(NoteId id, List<PrincipleTag> principles) {
        for (PrincipleTag tag : principles) {
            db.insertInto(NOTE_PRINCIPLE)
                    .columns(NOTE_PRINCIPLE.NOTE_ID, NOTE_PRINCIPLE.PRINCIPLE, NOTE_PRINCIPLE.STANCE)
                    .values(id, tag.principle(), tag.stance() == null ? null : tag.stance().shortValue())
                    .execute();
        }
    }
}
