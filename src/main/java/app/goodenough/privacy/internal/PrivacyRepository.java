package app.goodenough.privacy.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.COACH_CLIENT;
import static app.goodenough.jooq.Tables.COACH_PROFILE;
import static app.goodenough.jooq.Tables.ERASURE_REQUEST;
import static app.goodenough.jooq.Tables.OUTBOX_MESSAGE;
import static app.goodenough.jooq.Tables.PRIVACY_EVENT;
import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.identity.AccountId;
import app.goodenough.privacy.ErasureRequest;
import app.goodenough.privacy.MyData;
import app.goodenough.shared.SecretLinks;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

/**
 * What the practice holds about a client, their erasure requests, and the privacy trail. Every
 * query names the client or the coach it is for; the service decides whose they may be.
 */
@Repository
public class PrivacyRepository {

    private static final Condition OPEN = ERASURE_REQUEST.DECIDED_AT.isNull().and(ERASURE_REQUEST.WITHDRAWN_AT.isNull());

    private final DSLContext db;

    PrivacyRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<MyData.Person> person(AccountId id) {
        return db.select(ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL, ACCOUNT.PHONE, ACCOUNT.TIME_ZONE, ACCOUNT.CREATED_AT)
                .from(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchOptional(row -> new MyData.Person(row.value1(), row.value2(), row.value3(),
                        row.value4() == null ? "" : row.value4().getId(), iso(row.value5())));
    }

    /** The client's own sessions with every coach; one booked with their address that they have not confirmed is not theirs yet. */
    public List<MyData.Session> sessionsOf(AccountId client) {
        return db.select(ACCOUNT.DISPLAY_NAME, SESSION_TYPE.NAME, BOOKING.STARTS_AT, BOOKING.ENDS_AT, BOOKING.STATUS,
                        BOOKING.FOCUS_PRINCIPLE, BOOKING.CLIENT_MESSAGE, BOOKING.CLIENT_PHONE, BOOKING.CREATED_AT)
                .from(BOOKING)
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(BOOKING.COACH_ID))
                .where(BOOKING.CLIENT_ID.eq(client).and(BOOKING.AWAITS_CLIENT.isFalse()))
                .orderBy(BOOKING.STARTS_AT)
                .fetch(row -> new MyData.Session(row.value1(), row.value2(), iso(row.value3()), iso(row.value4()), row.value5().name(),
                        orEmpty(row.value6()), row.value7(), row.value8(), iso(row.value9())));
    }

    /** The messages written to the address, oldest first, with their links' keys taken out. */
    public List<MyData.Message> messagesTo(String email) {
        return db.select(OUTBOX_MESSAGE.SUBJECT, OUTBOX_MESSAGE.CREATED_AT, OUTBOX_MESSAGE.SENT_AT, OUTBOX_MESSAGE.TEXT_BODY)
                .from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.RECIPIENT_EMAIL.lower().eq(email.toLowerCase(Locale.ROOT))
                        .and(OUTBOX_MESSAGE.VOIDED_AT.isNull()))
                .orderBy(OUTBOX_MESSAGE.CREATED_AT)
                .fetch(row -> new MyData.Message(row.value1(), iso(row.value2()), iso(row.value3()),
                        SecretLinks.withoutLinks(row.value4(), "[link taken out]")));
    }

    public List<ErasureRequest> requestsOf(AccountId client) {
        return requests().where(ERASURE_REQUEST.CLIENT_ID.eq(client)).orderBy(ERASURE_REQUEST.REQUESTED_AT.desc())
                .fetch(PrivacyRepository::request);
    }

    /** Open requests of the coach's clients, oldest first. */
    public List<ErasureRequest> openRequestsFor(AccountId coach) {
        return requests()
                .join(COACH_CLIENT).on(COACH_CLIENT.CLIENT_ID.eq(ERASURE_REQUEST.CLIENT_ID).and(COACH_CLIENT.COACH_ID.eq(coach)))
                .where(OPEN)
                .orderBy(ERASURE_REQUEST.REQUESTED_AT)
                .fetch(PrivacyRepository::request);
    }

    /** The open request, when its client is the coach's; for update, so that two decisions cannot both be taken. */
    public Optional<ErasureRequest> openRequestOfMyClient(UUID id, AccountId coach) {
        return requests()
                .join(COACH_CLIENT).on(COACH_CLIENT.CLIENT_ID.eq(ERASURE_REQUEST.CLIENT_ID).and(COACH_CLIENT.COACH_ID.eq(coach)))
                .where(ERASURE_REQUEST.ID.eq(id).and(OPEN))
                .forUpdate().of(ERASURE_REQUEST)
                .fetchOptional(PrivacyRepository::request);
    }

    /** False when the client has an open request already (the unique index says so, whatever the race). */
    public boolean insertRequest(AccountId client, String reason, Instant at) {
        return db.insertInto(ERASURE_REQUEST, ERASURE_REQUEST.CLIENT_ID, ERASURE_REQUEST.REASON, ERASURE_REQUEST.REQUESTED_AT)
                .values(client, reason, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    public void decide(UUID id, AccountId coach, boolean deleteNotesAtOnce, Instant at) {
        db.update(ERASURE_REQUEST)
                .set(ERASURE_REQUEST.DECIDED_AT, at)
                .set(ERASURE_REQUEST.DECIDED_BY, coach.value())
                .set(ERASURE_REQUEST.NOTES_DELETED_AT_ONCE, deleteNotesAtOnce)
                .where(ERASURE_REQUEST.ID.eq(id).and(OPEN))
                .execute();
    }

    /** Takes back the client's open request; false when there was none. */
    public boolean withdraw(AccountId client, Instant at) {
        return db.update(ERASURE_REQUEST).set(ERASURE_REQUEST.WITHDRAWN_AT, at)
                .where(ERASURE_REQUEST.CLIENT_ID.eq(client).and(OPEN))
                .execute() == 1;
    }

    public void record(String kind, AccountId client, AccountId coach, AccountId actor, String detail, Instant at) {
        db.insertInto(PRIVACY_EVENT, PRIVACY_EVENT.KIND, PRIVACY_EVENT.CLIENT_ID, PRIVACY_EVENT.COACH_ID, PRIVACY_EVENT.ACTOR_ID,
                        PRIVACY_EVENT.DETAIL, PRIVACY_EVENT.AT)
                .values(kind, client, coach, actor, detail, at)
                .execute();
    }

    public int noteRetentionYears(AccountId coach) {
        return db.select(COACH_PROFILE.NOTE_RETENTION_YEARS).from(COACH_PROFILE).where(COACH_PROFILE.ACCOUNT_ID.eq(coach)).fetchSingle().value1();
    }

    public void setNoteRetentionYears(AccountId coach, int years) {
        db.update(COACH_PROFILE).set(COACH_PROFILE.NOTE_RETENTION_YEARS, years).where(COACH_PROFILE.ACCOUNT_ID.eq(coach)).execute();
    }

    private SelectOnConditionStep<Record8<UUID, AccountId, String, Instant, String, Instant, Instant, Boolean>> requests() {
        return db.select(ERASURE_REQUEST.ID, ERASURE_REQUEST.CLIENT_ID, ACCOUNT.DISPLAY_NAME, ERASURE_REQUEST.REQUESTED_AT,
                        ERASURE_REQUEST.REASON, ERASURE_REQUEST.WITHDRAWN_AT, ERASURE_REQUEST.DECIDED_AT, ERASURE_REQUEST.NOTES_DELETED_AT_ONCE)
                .from(ERASURE_REQUEST)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(ERASURE_REQUEST.CLIENT_ID));
    }

    private static ErasureRequest request(Record8<UUID, AccountId, String, Instant, String, Instant, Instant, Boolean> row) {
        return new ErasureRequest(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                Optional.ofNullable(row.value6()), Optional.ofNullable(row.value7()),
                Optional.ofNullable(row.value8()));
    }

    static String iso(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
