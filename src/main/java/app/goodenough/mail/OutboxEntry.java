package app.goodenough.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message in the outbox as the admin sees it: to whom, what about, and how its delivery goes;
 * never its text, whose links (to set a password, to manage a session) belong to the recipient.
 */
public record OutboxEntry(
        UUID id,
        String kind,
        String recipientEmail,
        String subject,
        Instant createdAt,
        Instant notBefore,
        Integer attempts,
        @Nullable String lastError,
        @Nullable Instant sentAt,
        @Nullable Instant voidedAt) {

    /** Queued, sent, not sent (a reminder for a moved or cancelled session), or retrying after failures. */
    public String state() {
        if (sentAt != null) {
            return "sent";
        }
        if (voidedAt != null) {
            return "not sent: no longer current";
        }
        return attempts == 0 ? "queued" : "retrying after " + attempts + (attempts == 1 ? " failure" : " failures");
    }
}
