package app.goodenough.mail;

import java.time.Instant;

/**
 * A message about one of the coach's sessions that the mail server has refused so far and that is
 * still being retried: to whom and what about, never its text (its links are the recipient's).
 */
public record Undelivered(String recipientName, String subject, int attempts, Instant writtenAt) {
}
