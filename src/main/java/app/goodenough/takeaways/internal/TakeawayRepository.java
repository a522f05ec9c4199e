package app.goodenough.takeaways.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.COACH_PROFILE;
import static app.goodenough.jooq.Tables.NOTE;
import static app.goodenough.jooq.Tables.SHARED_TAKEAWAY;
import static app.goodenough.jooq.Tables.TAKEAWAY;
import static app.goodenough.jooq.Tables.TAKEAWAY_SHARE;

import app.goodenough.identity.AccountId;
import app.goodenough.notes.NoteId;
import app.goodenough.schedule.BookingId;
import app.goodenough.takeaways.SharedTakeaway;
import app.goodenough.takeaways.Takeaway;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takeaways. A coach's queries go through her own notes; a client's read only the view of shared
 * takeaways, which holds neither a working copy nor anything never shared, and no note at all.
 */
@Repository
public class TakeawayRepository {

    /** The note a takeaway belongs to, when it is the coach's: whose, which session, whether signed. */
    public record OwnNote(NoteId id, AccountId clientId, @Nullable BookingId bookingId, String clientName, String clientEmail, boolean signed) {
    }

    private final DSLContext db;

    TakeawayRepository(DSLContext db) {
        this.db = db;
    }

    /** One of the coach's notes; to change its takeaway, {@code lock} it against a concurrent signing. */
    public Optional<OwnNote> ownNote(AccountId coach, NoteId note, boolean lock) {
        var query = db.select(NOTE.ID, NOTE.CLIENT_ID, NOTE.BOOKING_ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL, NOTE.SIGNED_AT.isNotNull())
                .from(NOTE).join(ACCOUNT).on(ACCOUNT.ID.eq(NOTE.CLIENT_ID))
                .where(NOTE.ID.eq(note).and(NOTE.COACH_ID.eq(coach)));
        return (lock ? query.forUpdate().of(NOTE) : query).fetchOptional(Records.mapping(OwnNote::new));
    }

    public Takeaway of(AccountId coach, OwnNote note) {
        return db.select(TAKEAWAY.DRAFT, TAKEAWAY.SHARED_TEXT, TAKEAWAY.SHARED_AT)
                .from(TAKEAWAY).where(TAKEAWAY.NOTE_ID.eq(note.id()).and(TAKEAWAY.COACH_ID.eq(coach)))
                .fetchOptional(row -> new Takeaway(note.id(), note.clientName(), row.value1(), row.value2(), row.value3(), note.signed()))
                .orElseGet(() -> new Takeaway(note.id(), note.clientName(), "", null, null, note.signed()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void saveDraft(AccountId coach, OwnNote note, String draft, Instant at) {
        db.insertInto(TAKEAWAY)
                .columns(TAKEAWAY.NOTE_ID, TAKEAWAY.COACH_ID, TAKEAWAY.CLIENT_ID, TAKEAWAY.BOOKING_ID, TAKEAWAY.DRAFT, TAKEAWAY.UPDATED_AT)
                .values(note.id(), coach, note.clientId(), note.bookingId(), draft, at)
                .onConflict(TAKEAWAY.NOTE_ID).doUpdate().set(TAKEAWAY.DRAFT, draft).set(TAKEAWAY.UPDATED_AT, at)
                .where(TAKEAWAY.COACH_ID.eq(coach))
                .execute();
    }

    /** Shows the working copy to the client, and records who shared it when. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void share(AccountId coach, AccountId actor, NoteId note, boolean byEmail, Instant at) {
        db.update(TAKEAWAY).set(TAKEAWAY.SHARED_TEXT, TAKEAWAY.DRAFT).set(TAKEAWAY.SHARED_AT, at)
                .where(TAKEAWAY.NOTE_ID.eq(note).and(TAKEAWAY.COACH_ID.eq(coach)))
                .execute();
        db.insertInto(TAKEAWAY_SHARE)
                .columns(TAKEAWAY_SHARE.NOTE_ID, TAKEAWAY_SHARE.COACH_ID, TAKEAWAY_SHARE.ACTOR_ID, TAKEAWAY_SHARE.BY_EMAIL, TAKEAWAY_SHARE.AT)
                .values(note, coach, actor, byEmail, at)
                .execute();
    }

    /** What a client has been shown, newest first: read from the view of shared takeaways only. */
    public List<SharedTakeaway> sharedWith(AccountId client, int limit) {
        var coach = ACCOUNT.as("coach");
        return db.select(coach.DISPLAY_NAME, BOOKING.STARTS_AT, BOOKING.CLIENT_TIME_ZONE, COACH_PROFILE.TIME_ZONE, SHARED_TAKEAWAY.SHARED_TEXT,
                        SHARED_TAKEAWAY.SHARED_AT)
                .from(SHARED_TAKEAWAY)
                .join(coach).on(coach.ID.eq(SHARED_TAKEAWAY.COACH_ID))
                .join(COACH_PROFILE).on(COACH_PROFILE.ACCOUNT_ID.eq(SHARED_TAKEAWAY.COACH_ID))
                .leftJoin(BOOKING).on(BOOKING.ID.eq(SHARED_TAKEAWAY.BOOKING_ID))
                .where(SHARED_TAKEAWAY.CLIENT_ID.eq(client))
                .orderBy(SHARED_TAKEAWAY.SHARED_AT.desc())
                .limit(limit)
                .fetch(row -> new SharedTakeaway(row.value1(), row.value2(), row.value3() == null ? row.value4() : row.value3(),
                        row.value5(), row.value6()));
    }

    public int timesShared(AccountId coach, NoteId note) {
        return db.fetchCount(TAKEAWAY_SHARE, TAKEAWAY_SHARE.COACH_ID.eq(coach).and(TAKEAWAY_SHARE.NOTE_ID.eq(note)));
    }
}
