package app.goodenough.account.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;

import app.goodenough.account.Account;
import app.goodenough.account.MyDetails;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.Role;
import app.goodenough.identity.SignedInUser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class AccountRepository {

    private static final Field<Boolean> HAS_PASSWORD = DSL.field(ACCOUNT.PASSWORD_HASH.isNotNull());

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    public List<Account> findAll() {
        return selectAccounts()
                .orderBy(ACCOUNT.ROLE, DSL.lower(ACCOUNT.DISPLAY_NAME))
                .fetch(Records.mapping(Account::new));
    }

    public Optional<Account> findById(AccountId id) {
        return selectAccounts()
                .where(ACCOUNT.ID.eq(id))
                .fetchOptional(Records.mapping(Account::new));
    }

    public Optional<SignedInUser> findForSignIn(String email) {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE, ACCOUNT.ENABLED, ACCOUNT.PASSWORD_HASH)
                .from(ACCOUNT)
                .where(DSL.lower(ACCOUNT.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(Records.mapping(SignedInUser::new));
    }

    public boolean emailTaken(String email) {
        return db.fetchExists(ACCOUNT, DSL.lower(ACCOUNT.EMAIL).eq(email.toLowerCase(Locale.ROOT)));
    }

    public boolean anyExists() {
        return db.fetchExists(ACCOUNT);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AccountId insert(String email, String displayName, Role role, String passwordHash) {
        return db.insertInto(ACCOUNT)
                .columns(ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE, ACCOUNT.PASSWORD_HASH)
                .values(email, displayName, role, passwordHash)
                .returning(ACCOUNT.ID)
                .fetchSingle(ACCOUNT.ID);
    }

    /** Opens a password-less account unless the email (in any case) is taken already. */
    @Transactional(propagation = Propagation.MANDATORY)
    /** Opens the account unless one has the address already; whether it did. */
    public boolean insertIfAbsent(String email, String displayName, Role role) {
        return db.insertInto(ACCOUNT)
                .columns(ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE)
                .values(email, displayName, role)
                .onConflictDoNothing()
                .execute() == 1;
    }

    public Optional<Account> findByEmail(String email) {
        return selectAccounts()
                .where(DSL.lower(ACCOUNT.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(Records.mapping(Account::new));
    }

    public Optional<MyDetails> detailsOf(AccountId id) {
        return db.select(ACCOUNT.DISPLAY_NAME, ACCOUNT.PHONE, ACCOUNT.TIME_ZONE.convertFrom(zone -> zone == null ? "" : zone.getId()))
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(id))
                .fetchOptional(Records.mapping(MyDetails::new));
    }

    public Optional<String> passwordHashOf(AccountId id) {
        return db.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(ACCOUNT.PASSWORD_HASH);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateDetails(AccountId id, MyDetails details) {
        db.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, details.displayName())
                .set(ACCOUNT.PHONE, details.phone())
                .set(ACCOUNT.TIME_ZONE, details.timeZone().isEmpty() ? null : ZoneId.of(details.timeZone()))
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id))
                .execute();
    }

    /** Sets the password; the sessions signed in before {@code now} end. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updatePassword(AccountId id, String passwordHash, Instant now) {
        db.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.SESSIONS_VALID_FROM, now)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id))
                .execute();
    }

    /** Switches the account on or off; switching off ends the sessions signed in before {@code now}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateEnabled(AccountId id, boolean enabled, Instant now) {
        return db.update(ACCOUNT)
                .set(ACCOUNT.ENABLED, enabled)
                .set(ACCOUNT.SESSIONS_VALID_FROM, enabled ? ACCOUNT.SESSIONS_VALID_FROM : DSL.val(now))
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id))
                .execute() == 1;
    }

    /** Whether a session of this account signed in at {@code signedInAt} still stands: the account is on, and its sessions were not ended since. */
    public boolean sessionStands(AccountId id, Instant signedInAt) {
        return db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(id).and(ACCOUNT.ENABLED.isTrue())
                .and(ACCOUNT.SESSIONS_VALID_FROM.isNull().or(ACCOUNT.SESSIONS_VALID_FROM.le(signedInAt))));
    }

    private SelectJoinStep<Record7<AccountId, String, String, Role, Boolean, Boolean, Instant>> selectAccounts() {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE, ACCOUNT.ENABLED, HAS_PASSWORD, ACCOUNT.CREATED_AT)
                .from(ACCOUNT);
    }
}
