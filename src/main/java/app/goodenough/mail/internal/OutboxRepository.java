package app.goodenough.mail.internal;

import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.OUTBOX_ATTEMPT;
import static app.goodenough.jooq.Tables.OUTBOX_MESSAGE;

import app.goodenough.identity.AccountId;
import app.goodenough.mail.DemoLetter;
import app.goodenough.mail.OutboxEntry;
import app.goodenough.mail.Undelivered;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox table: queued in the transaction of the change, claimed one at a time by whichever instance is first. */
@Repository
public class OutboxRepository {

    private final DSLContext db;

    OutboxRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(NewMessage message) {
        insertAll(List.of(message));
    }

    /** Queues the messages with one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insertAll(List<NewMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        var insert = db.insertInto(OUTBOX_MESSAGE, OUTBOX_MESSAGE.KIND, OUTBOX_MESSAGE.BOOKING_ID, OUTBOX_MESSAGE.RECIPIENT_EMAIL,
                OUTBOX_MESSAGE.RECIPIENT_NAME, OUTBOX_MESSAGE.SUBJECT, OUTBOX_MESSAGE.TEXT_BODY, OUTBOX_MESSAGE.HTML_BODY,
                OUTBOX_MESSAGE.ATTACHMENT_NAME, OUTBOX_MESSAGE.ATTACHMENT, OUTBOX_MESSAGE.NOT_BEFORE, OUTBOX_MESSAGE.NEXT_ATTEMPT_AT);
        for (NewMessage message : messages) {
            Instant notBefore = message.notBefore();
            insert = insert.values(message.kind().name(), message.bookingId(), message.recipientEmail(), message.recipientName(),
                    message.subject(), message.textBody(), message.htmlBody(), message.attachmentName(), message.attachment(),
                    notBefore, notBefore);
        }
        insert.execute();
    }

    /** A moved or cancelled session must not be reminded of at its old time. */
    @Transactional(propagation = Propagation.MANDATORY)
    void voidPendingReminders(BookingId bookingId) {
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.VOIDED_AT, DSL.currentInstant())
                .where(OUTBOX_MESSAGE.BOOKING_ID.eq(bookingId)
                        .and(OUTBOX_MESSAGE.KIND.eq(MessageKind.REMINDER.name()))
                        .and(OUTBOX_MESSAGE.SENT_AT.isNull())
                        .and(OUTBOX_MESSAGE.VOIDED_AT.isNull()))
                .execute();
    }

    /** Unsent messages whose time has come, when the oldest of them was due, and how many unsent ones failed at least once. */
    OutboxBacklog backlog(Instant now) {
        Condition unsent = OUTBOX_MESSAGE.SENT_AT.isNull().and(OUTBOX_MESSAGE.VOIDED_AT.isNull());
        Condition due = OUTBOX_MESSAGE.NOT_BEFORE.le(now);
        return db.select(DSL.count().filterWhere(due), DSL.min(OUTBOX_MESSAGE.NOT_BEFORE).filterWhere(due),
                        DSL.count().filterWhere(OUTBOX_MESSAGE.ATTEMPTS.gt(0)))
                .from(OUTBOX_MESSAGE)
                .where(unsent)
                .fetchSingle(row -> new OutboxBacklog(row.value1(), Optional.ofNullable(row.value2()),
                        row.value3()));
    }

    /** The next message due, locked for this transaction; a message another instance holds is skipped, not waited for. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<PendingMessage> claimNextDue(Instant now) {
        return db.select(OUTBOX_MESSAGE.ID, OUTBOX_MESSAGE.RECIPIENT_EMAIL, OUTBOX_MESSAGE.RECIPIENT_NAME, OUTBOX_MESSAGE.SUBJECT,
                        OUTBOX_MESSAGE.TEXT_BODY, OUTBOX_MESSAGE.HTML_BODY, OUTBOX_MESSAGE.ATTACHMENT_NAME, OUTBOX_MESSAGE.ATTACHMENT,
                        OUTBOX_MESSAGE.ATTEMPTS)
                .from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.SENT_AT.isNull()
                        .and(OUTBOX_MESSAGE.VOIDED_AT.isNull())
                        .and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT)
                .limit(1)
                .forUpdate().skipLocked()
                .fetchOptional(Records.mapping(PendingMessage::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markSent(UUID id) {
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.SENT_AT, DSL.currentInstant())
                .set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
        recordAttempt(id, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markFailed(UUID id, String error, Instant nextAttempt) {
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .set(OUTBOX_MESSAGE.LAST_ERROR, error)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, nextAttempt)
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
        recordAttempt(id, error);
    }

    /** The newest messages as the admin sees them: never their text, whose links are the recipients' keys. */
    public List<OutboxEntry> newest(int limit) {
        return db.select(OUTBOX_MESSAGE.ID, OUTBOX_MESSAGE.KIND, OUTBOX_MESSAGE.RECIPIENT_EMAIL, OUTBOX_MESSAGE.SUBJECT,
                        OUTBOX_MESSAGE.CREATED_AT, OUTBOX_MESSAGE.NOT_BEFORE, OUTBOX_MESSAGE.ATTEMPTS,
                        OUTBOX_MESSAGE.LAST_ERROR, OUTBOX_MESSAGE.SENT_AT, OUTBOX_MESSAGE.VOIDED_AT)
                .from(OUTBOX_MESSAGE)
                .orderBy(OUTBOX_MESSAGE.CREATED_AT.desc(), OUTBOX_MESSAGE.ID)
                .limit(limit)
                .fetch(Records.mapping(OutboxEntry::new));
    }

    /** Messages about this coach's sessions that failed and are still retried, the newest first. */
    public List<Undelivered> undeliveredAbout(AccountId coachId, int limit) {
        return db.select(OUTBOX_MESSAGE.RECIPIENT_NAME, OUTBOX_MESSAGE.SUBJECT, OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.CREATED_AT)
                .from(OUTBOX_MESSAGE)
                .join(BOOKING).on(BOOKING.ID.eq(OUTBOX_MESSAGE.BOOKING_ID))
                .where(BOOKING.COACH_ID.eq(coachId))
                .and(OUTBOX_MESSAGE.ATTEMPTS.gt(0)).and(OUTBOX_MESSAGE.SENT_AT.isNull()).and(OUTBOX_MESSAGE.VOIDED_AT.isNull())
                .orderBy(OUTBOX_MESSAGE.CREATED_AT.desc(), OUTBOX_MESSAGE.ID)
                .limit(limit)
                .fetch(Records.mapping(Undelivered::new));
    }

    /** The newest messages due by {@code now}, to these addresses (lower case), with their text. */
    public List<DemoLetter> lettersTo(Set<String> addresses, Instant now, int limit) {
        return db.select(OUTBOX_MESSAGE.RECIPIENT_EMAIL, OUTBOX_MESSAGE.SUBJECT, OUTBOX_MESSAGE.TEXT_BODY, OUTBOX_MESSAGE.CREATED_AT)
                .from(OUTBOX_MESSAGE)
                .where(DSL.lower(OUTBOX_MESSAGE.RECIPIENT_EMAIL).in(addresses))
                .and(OUTBOX_MESSAGE.VOIDED_AT.isNull())
                .and(OUTBOX_MESSAGE.NOT_BEFORE.le(now).or(OUTBOX_MESSAGE.SENT_AT.isNotNull()))
                .orderBy(OUTBOX_MESSAGE.CREATED_AT.desc(), OUTBOX_MESSAGE.ID)
                .limit(limit)
                .fetch(Records.mapping(DemoLetter::new));
    }

    private void recordAttempt(UUID id, String error) {
        db.insertInto(OUTBOX_ATTEMPT).columns(OUTBOX_ATTEMPT.MESSAGE_ID, OUTBOX_ATTEMPT.ERROR).values(id, error).execute();
    }
}
