package app.goodenough.mail;

import java.time.Instant;

/** A message as its recipient reads it in the demo mailbox, links and all. */
public record DemoLetter(String recipientEmail, String subject, String textBody, Instant writtenAt) {
}
