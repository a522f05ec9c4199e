package app.goodenough.mail.internal;

import app.goodenough.schedule.BookingId;
import java.time.Instant;

/** A message to queue: one recipient, plain text and simple HTML, an optional attachment, and when to send it. */
record NewMessage(
        MessageKind kind,
        BookingId bookingId,
        String recipientEmail,
        String recipientName,
        String subject,
        String textBody,
        String htmlBody,
        String attachmentName,
        byte[] attachment,
        Instant notBefore) {
}
