package app.goodenough.admin.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.SECURITY_EVENT;

import app.goodenough.account.Account;
import app.goodenough.admin.SecurityEvent;
import app.goodenough.identity.AccountId;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The admin's reading of every account and of the security log, and switching accounts on and off. */
@Repository
public class AdminRepository {

    private final DSLContext db;

    AdminRepository(DSLContext db) {
        this.db = db;
    }

    /** Every account by role and name; never a password hash, only whether there is one. */
    public List<Account> accounts() {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE, ACCOUNT.ENABLED,
                        DSL.field(ACCOUNT.PASSWORD_HASH.isNotNull()), ACCOUNT.CREATED_AT)
                .from(ACCOUNT)
                .orderBy(ACCOUNT.ROLE, DSL.lower(ACCOUNT.DISPLAY_NAME))
                .fetch(Records.mapping(Account::new));
    }

    /**
     * Switches the account on or off, and says so in the security log; switching off ends the
     * sessions signed in before {@code now}, on every instance. False when there is no such account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean switchAccount(AccountId id, boolean on, AccountId admin, Instant now) {
        boolean found = db.update(ACCOUNT)
                .set(ACCOUNT.ENABLED, on)
                .set(ACCOUNT.SESSIONS_VALID_FROM, on ? ACCOUNT.SESSIONS_VALID_FROM : DSL.val(now))
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id))
                .execute() == 1;
        if (found) {
            db.insertInto(SECURITY_EVENT)
                    .columns(SECURITY_EVENT.KIND, SECURITY_EVENT.ACCOUNT_ID, SECURITY_EVENT.ACTOR_ID)
                    .values(on ? "ACCOUNT_SWITCHED_ON" : "ACCOUNT_SWITCHED_OFF", id, admin)
                    .execute();
        }
        return found;
    }

    public List<SecurityEvent> newestSecurityEvents(int limit) {
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
