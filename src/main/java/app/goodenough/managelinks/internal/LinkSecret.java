package app.goodenough.managelinks.internal;

import static app.goodenough.jooq.Tables.APP_SECRET;

import java.security.SecureRandom;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key that signs manage links: made at random by the first instance that needs it, then read
 * by all. Reading it is often the first thing a page does after a start, inside a read-only
 * transaction: it is read in the caller's transaction, and only on a database that has no key
 * yet is it made, in the caller's transaction or, when that one is read-only, in one of its own.
 */
@Repository
public class LinkSecret {

    private static final String NAME = "manage-link";
    private static final int BYTES = 32;

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;

    LinkSecret(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional
    public byte[] key() {
        return stored().orElseGet(() -> TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                ? ownTransaction.execute(status -> made())
                : made());
    }

    private Optional<byte[]> stored() {
        return db.select(APP_SECRET.VALUE).from(APP_SECRET).where(APP_SECRET.NAME.eq(NAME)).fetchOptional(APP_SECRET.VALUE);
    }

    private byte[] made() {
        byte[] fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        db.insertInto(APP_SECRET).columns(APP_SECRET.NAME, APP_SECRET.VALUE).values(NAME, fresh).onConflictDoNothing().execute();
        return stored().orElseThrow();
    }
}
