package app.goodenough.database.internal;

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
 * The application's secret keys, each by name (the one that signs manage links, the one that
 * encrypts calendar passwords): made at random by the first instance that needs it, then read by
 * all. Reading one is often the first thing a page does after a start, inside a read-only
 * transaction: it is read in the caller's transaction, and only on a database that has no such
 * key yet is it made, in the caller's transaction or, when that one is read-only, in one of its own.
 */
@Repository
public class SecretKeys {

    private static final int BYTES = 32;

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;

    public SecretKeys(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional
    public byte[] key(String name) {
        return stored(name).orElseGet(() -> TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                ? ownTransaction.execute(status -> made(name))
                : made(name));
    }

    private Optional<byte[]> stored(String name) {
        return db.select(APP_SECRET.VALUE).from(APP_SECRET).where(APP_SECRET.NAME.eq(name)).fetchOptional(APP_SECRET.VALUE);
    }

    private byte[] made(String name) {
        byte[] fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        db.insertInto(APP_SECRET).columns(APP_SECRET.NAME, APP_SECRET.VALUE).values(name, fresh).onConflictDoNothing().execute();
        return stored(name).orElseThrow();
    }
}
