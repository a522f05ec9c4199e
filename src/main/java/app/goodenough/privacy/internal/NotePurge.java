package app.goodenough.privacy.internal;

import static app.goodenough.jooq.Tables.NOTE;
import static app.goodenough.jooq.Tables.NOTE_ADDENDUM;
import static app.goodenough.jooq.Tables.NOTE_AUDIT;
import static app.goodenough.jooq.Tables.NOTE_PRINCIPLE;
import static app.goodenough.jooq.Tables.NOTE_VERSION;

import app.goodenough.identity.AccountId;
import app.goodenough.notes.NoteId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the notes of erased clients whose time has come: at once when their coach decided so,
 * otherwise once the coach's retention period after the client's last session with them has
 * passed. Which notes may go is decided by the database ({@code note_purge_allowed}, which the
 * notes' triggers also ask), at the moment of the application's clock; the notes taken are locked
 * with SKIP LOCKED, so instances running the job at once never take the same note twice. The
 * audit keeps who read the notes, without the notes; the privacy trail counts what went.
 */
@Component
public class NotePurge {

    private final DSLContext db;
    private final PrivacyRepository privacy;
    private final Clock clock;

    NotePurge(DSLContext db, PrivacyRepository privacy, Clock clock) {
        this.db = db;
        this.privacy = privacy;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${good-enough.privacy.purge-interval}", initialDelayString = "${good-enough.privacy.first-purge}")
    @Transactional
    public int purgeDue() {
        return purge(clock.instant(), DSL.noCondition());
    }

    /** Deletes the client's notes with this coach that may go now; in the caller's transaction. */
    @Transactional
    public int purgeNow(AccountId client, AccountId coach) {
        return purge(clock.instant(), NOTE.CLIENT_ID.eq(client).and(NOTE.COACH_ID.eq(coach)));
    }

    private int purge(Instant at, Condition which) {
        db.select(DSL.function("set_config", String.class, DSL.inline("good_enough.purge_at"), DSL.val(at.toString()), DSL.inline(true)))
                .fetch();
        var due = db.select(NOTE.ID, NOTE.CLIENT_ID, NOTE.COACH_ID)
                .from(NOTE)
                .where(which.and(DSL.condition("note_purge_allowed({0})", NOTE.ID)))
                .forUpdate().skipLocked()
                .fetch();
        if (due.isEmpty()) {
            return 0;
        }
        List<NoteId> ids = due.getValues(NOTE.ID);
        db.deleteFrom(NOTE_PRINCIPLE).where(NOTE_PRINCIPLE.NOTE_ID.in(ids)).execute();
        db.deleteFrom(NOTE_VERSION).where(NOTE_VERSION.NOTE_ID.in(ids)).execute();
        db.deleteFrom(NOTE_ADDENDUM).where(NOTE_ADDENDUM.NOTE_ID.in(ids)).execute();
        db.update(NOTE_AUDIT).setNull(NOTE_AUDIT.NOTE_ID).where(NOTE_AUDIT.NOTE_ID.in(ids)).execute();
        db.deleteFrom(NOTE).where(NOTE.ID.in(ids)).execute();
        Map<List<AccountId>, Long> perClientAndCoach = due.stream()
                .collect(Collectors.groupingBy(row -> List.of(row.value2(), row.value3()), Collectors.counting()));
        perClientAndCoach.forEach((clientAndCoach, count) -> privacy.record("NOTES_DELETED", clientAndCoach.get(0), clientAndCoach.get(1),
                null, count + (count == 1 ? " note" : " notes"), at));
        return ids.size();
    }
}
