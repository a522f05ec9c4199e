package app.goodenough.password.internal;

import static app.goodenough.jooq.Tables.PASSWORD_LINK;

import app.goodenough.identity.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Password links by the hash of their token; the token itself is only ever in the message. */
@Repository
public class PasswordLinkRepository {

    private final DSLContext db;

    PasswordLinkRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(byte[] tokenHash, AccountId accountId, String purpose, Instant expires) {
        db.insertInto(PASSWORD_LINK)
                .columns(PASSWORD_LINK.TOKEN_HASH, PASSWORD_LINK.ACCOUNT_ID, PASSWORD_LINK.PURPOSE, PASSWORD_LINK.EXPIRES_AT)
                .values(tokenHash, accountId, purpose, expires)
                .execute();
    }

    /** Marks the link used and names its account, if it is unused and has not expired; at most once per link. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<AccountId> use(byte[] tokenHash, Instant now) {
        return db.update(PASSWORD_LINK)
                .set(PASSWORD_LINK.USED_AT, DSL.currentInstant())
                .where(PASSWORD_LINK.TOKEN_HASH.eq(tokenHash)
                        .and(PASSWORD_LINK.USED_AT.isNull())
                        .and(PASSWORD_LINK.EXPIRES_AT.gt(now)))
                .returning(PASSWORD_LINK.ACCOUNT_ID)
                .fetchOptional(PASSWORD_LINK.ACCOUNT_ID);
    }

    /** Whether the link can still be used (for showing the form before the password is typed). */
    public boolean usable(byte[] tokenHash, Instant now) {
        return db.fetchExists(PASSWORD_LINK, PASSWORD_LINK.TOKEN_HASH.eq(tokenHash)
                .and(PASSWORD_LINK.USED_AT.isNull())
                .and(PASSWORD_LINK.EXPIRES_AT.gt(now)));
    }
}
