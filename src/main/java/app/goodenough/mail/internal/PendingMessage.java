package app.goodenough.mail.internal;

import java.util.UUID;

/** A message claimed for delivery. */
record PendingMessage(UUID id, String recipientEmail, String recipientName, String subject, String textBody, String htmlBody,
        String attachmentName, byte[] attachment, Integer attempts) {
}
