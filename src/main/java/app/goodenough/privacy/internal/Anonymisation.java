package app.goodenough.privacy.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.BOOKING_EVENT;
import static app.goodenough.jooq.Tables.CHECK_IN;
import static app.goodenough.jooq.Tables.INTAKE_ANSWER;
import static app.goodenough.jooq.Tables.OUTBOX_MESSAGE;
import static app.goodenough.jooq.Tables.PASSWORD_LINK;

import app.goodenough.identity.AccountId;
import java.time.Instant;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a client's person out of everything but the coach's notes, in the caller's transaction:
 * the account keeps its id (so sessions still count in the coach's calendar) but loses its name,
 * address, phone and zone, can no longer sign in and its sessions end; bookings lose what the
 * client wrote; messages to them lose their text and recipient, and those not sent are not sent.
 */
@Component
public class Anonymisation {

    static final String ERASED_NAME = "Erased client";

    private final DSLContext db;

    Anonymisation(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void anonymise(AccountId client, Instant at) {
        String oldEmail = db.select(ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.ID.eq(client)).forUpdate().fetchSingle().value1();
        String erasedEmail = "erased-" + client.value() + "@erased.invalid";
        db.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, ERASED_NAME)
                .set(ACCOUNT.EMAIL, erasedEmail)
                .set(ACCOUNT.PHONE, "")
                .setNull(ACCOUNT.TIME_ZONE)
                .setNull(ACCOUNT.PASSWORD_HASH)
                .set(ACCOUNT.ENABLED, false)
                .set(ACCOUNT.ERASED_AT, at)
                .set(ACCOUNT.SESSIONS_VALID_FROM, at)
                .where(ACCOUNT.ID.eq(client))
                .execute();
        db.update(BOOKING).set(BOOKING.CLIENT_MESSAGE, "").set(BOOKING.CLIENT_PHONE, "").set(BOOKING.TYPED_NAME, "")
                .where(BOOKING.CLIENT_ID.eq(client))
                .execute();
        db.update(BOOKING_EVENT).set(BOOKING_EVENT.DETAIL, "").where(BOOKING_EVENT.BY_ACCOUNT.eq(client)).execute();
        var toThem = OUTBOX_MESSAGE.RECIPIENT_EMAIL.lower().eq(oldEmail.toLowerCase(Locale.ROOT));
        db.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.VOIDED_AT, at)
                .where(toThem.and(OUTBOX_MESSAGE.SENT_AT.isNull()).and(OUTBOX_MESSAGE.VOIDED_AT.isNull()))
                .execute();
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.RECIPIENT_EMAIL, erasedEmail)
                .set(OUTBOX_MESSAGE.RECIPIENT_NAME, "")
                .set(OUTBOX_MESSAGE.SUBJECT, "")
                .set(OUTBOX_MESSAGE.TEXT_BODY, "")
                .set(OUTBOX_MESSAGE.HTML_BODY, "")
                .setNull(OUTBOX_MESSAGE.ATTACHMENT_NAME)
                .setNull(OUTBOX_MESSAGE.ATTACHMENT)
                .where(toThem)
                .execute();
        db.deleteFrom(PASSWORD_LINK).where(PASSWORD_LINK.ACCOUNT_ID.eq(client)).execute();
        db.deleteFrom(CHECK_IN).where(CHECK_IN.CLIENT_ID.eq(client)).execute();
        db.deleteFrom(INTAKE_ANSWER).where(INTAKE_ANSWER.BOOKING_ID.in(DSL.select(BOOKING.ID).from(BOOKING).where(BOOKING.CLIENT_ID.eq(client))))
                .execute();
    }
}
