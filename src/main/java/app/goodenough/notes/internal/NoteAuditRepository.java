package app.goodenough.notes.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.NOTE;
import static app.goodenough.jooq.Tables.NOTE_AUDIT;

import app.goodenough.identity.AccountId;
import app.goodenough.notes.NoteAccess;
import app.goodenough.notes.NoteId;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The trail of who touched which note and how; never what it says. */
@Repository
public class NoteAuditRepository {

    /** PREVIEW: a note's opening shown in a list; SEARCH: a note found, its snippet shown (or, with no note, a search that found none). */
    public enum AuditAction { CREATE, READ, PREVIEW, SAVE, SIGN, ADDENDUM, SEARCH, HISTORY }

    private final DSLContext db;

    NoteAuditRepository(DSLContext db) {
        this.db = db;
    }

    /** Records who touched which note and how; never what it says. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void audit(AccountId coachId, AccountId actorId, NoteId id, AuditAction action) {
        auditEach(coachId, actorId, Collections.singletonList(id), action);
    }

    /** One audit row per note, with one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void auditEach(AccountId coachId, AccountId actorId, List<NoteId> ids, AuditAction action) {
        var insert = db.insertInto(NOTE_AUDIT, NOTE_AUDIT.COACH_ID, NOTE_AUDIT.ACTOR_ID, NOTE_AUDIT.NOTE_ID, NOTE_AUDIT.ACTION);
        for (NoteId id : ids) {
            insert = insert.values(coachId, actorId, id, action.name());
        }
        if (!ids.isEmpty()) {
            insert.execute();
        }
    }

    /** The newest entries of the audit trail of one client's notes. */
    public List<NoteAccess> accessesForClient(AccountId coachId, AccountId clientId, int limit) {
        return db.select(NOTE_AUDIT.AT, ACCOUNT.DISPLAY_NAME, NOTE_AUDIT.ACTION, NOTE_AUDIT.NOTE_ID)
                .from(NOTE_AUDIT)
                .join(NOTE).on(NOTE.ID.eq(NOTE_AUDIT.NOTE_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(NOTE_AUDIT.ACTOR_ID))
                .where(NOTE_AUDIT.COACH_ID.eq(coachId).and(NOTE.COACH_ID.eq(coachId)).and(NOTE.CLIENT_ID.eq(clientId)))
                .orderBy(NOTE_AUDIT.AT.desc(), NOTE_AUDIT.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(NoteAccess::new));
    }
}
