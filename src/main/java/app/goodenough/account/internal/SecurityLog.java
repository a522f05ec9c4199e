package app.goodenough.account.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.SECURITY_EVENT;

import app.goodenough.account.SecurityEvent;
import app.goodenough.identity.AccountId;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The append-only security log: sign-ins, failed sign-ins, password and account changes. */
@Repository
public class SecurityLog {

    public enum Kind { SIGNED_IN, SIGN_IN_FAILED, PASSWORD_CHANGED, PASSWORD_SET_BY_LINK, ACCOUNT_OPENED, ACCOUNT_SWITCHED_OFF,
        ACCOUNT_SWITCHED_ON }

    private final DSLContext db;

    SecurityLog(DSLContext db) {
        this.db = db;
    }

    /** Joins the caller's transaction, or writes on its own when there is none (as for sign-in events). */
    @Transactional
    public void record(Kind kind, @Nullable AccountId account, @Nullable AccountId actor, @Nullable String address) {
        db.insertInto(SECURITY_EVENT)
                .columns(SECURITY_EVENT.KIND, SECURITY_EVENT.ACCOUNT_ID, SECURITY_EVENT.ACTOR_ID, SECURITY_EVENT.ADDRESS)
                .values(kind.name(), account, actor, address)
                .execute();
    }

    public List<SecurityEvent> newest(int limit) {
        var subject = ACCOUNT.as("subject");
        var actor = ACCOUNT.as("actor");
        return db.select(SECURITY_EVENT.AT, SECURITY_EVENT.KIND, subject.EMAIL, actor.EMAIL, SECURITY_EVENT.ADDRESS)
                .from(SECURITY_EVENT)
                .leftJoin(subject).on(subject.ID.eq(SECURITY_EVENT.ACCOUNT_ID))
                .leftJoin(actor).on(actor.ID.eq(SECURITY_EVENT.ACTOR_ID))
                .orderBy(SECURITY_EVENT.AT.desc(), SECURITY_EVENT.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(SecurityEvent::new));
    }
}
