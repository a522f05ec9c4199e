package app.goodenough.booking.internal;

import static app.goodenough.jooq.Tables.APP_SECRET;

import java.security.SecureRandom;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The key that signs manage links: made at random by the first instance that needs it, then read by all. */
@Repository
public class LinkSecret {

    private static final String NAME = "manage-link";
    private static final int BYTES = 32;

    private final DSLContext db;

    LinkSecret(DSLContext db) {
        this.db = db;
    }

    @Transactional
    public byte[] key() {
        byte[] fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        db.insertInto(APP_SECRET).columns(APP_SECRET.NAME, APP_SECRET.VALUE).values(NAME, fresh).onConflictDoNothing().execute();
        return db.select(APP_SECRET.VALUE).from(APP_SECRET).where(APP_SECRET.NAME.eq(NAME)).fetchSingle(APP_SECRET.VALUE);
    }
}
