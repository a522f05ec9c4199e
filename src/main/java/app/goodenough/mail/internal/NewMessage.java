package app.goodenough.mail.internal;

import app.goodenough.schedule.BookingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message to queue: one recipient, plain text and simple HTML, an optional attachment, and when to send it. */
record NewMessage(
        MessageKind kind,
        @Nullable BookingId bookingId,
        String recipientEmail,
        String recipientName,
        String subject,
        String textBody,
        String htmlBody,
        @Nullable String attachmentName,
        byte @Nullable [] attachment,
        Instant notBefore) {
}
