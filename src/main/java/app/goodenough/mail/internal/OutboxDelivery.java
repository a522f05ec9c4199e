package app.goodenough.mail.internal;

import app.goodenough.mailserver.MailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due messages to the mail server, one per transaction: the message row stays locked
 * while it is sent and is marked sent in the same transaction, so no other instance sends it
 * too. A failure is recorded and retried later, each time waiting twice as long (at most an
 * hour). Without a configured mail server nothing is sent and messages wait in the outbox.
 *
 * <p>Why: {@code src/docs/decisions/005-outbox-in-the-transaction.md}.
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MESSAGES_PER_ROUND = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final OutboxRepository outbox;
    private final MailServer mailServer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final InternetAddress sender;
    private final Duration firstRetry;

    OutboxDelivery(OutboxRepository outbox, MailServer mailServer, TransactionTemplate transactions, Clock clock,
            @Value("${good-enough.mail.from}") String from, @Value("${good-enough.mail.first-retry}") Duration firstRetry) {
        this.outbox = outbox;
        this.mailServer = mailServer;
        this.transactions = transactions;
        this.clock = clock;
        this.sender = MailAddresses.parse(from);
        this.firstRetry = firstRetry;
    }

    /** Sends what is due now; returns how many messages were tried. */
    @Scheduled(fixedDelayString = "${good-enough.mail.poll-interval}", initialDelayString = "${good-enough.mail.poll-interval}")
    public int deliverDue() {
        return mailServer.sender().map(this::deliverRound).orElse(0);
    }

    private int deliverRound(JavaMailSender server) {
        int tried = 0;
        while (tried < MESSAGES_PER_ROUND && deliverOne(server)) {
            tried++;
        }
        return tried;
    }

    private boolean deliverOne(JavaMailSender server) {
        return Boolean.TRUE.equals(transactions.execute(status -> outbox.claimNextDue(clock.instant()).map(message -> {
            try {
                server.send(mime -> compose(mime, message));
                outbox.markSent(message.id());
            } catch (MailException failed) {
                int attempt = message.attempts() + 1;
                String reason = failed.getMostSpecificCause().getClass().getSimpleName() + ": " + failed.getMostSpecificCause().getMessage();
                outbox.markFailed(message.id(), reason, clock.instant().plus(waitAfter(attempt)));
                log.warn("Message {} not delivered on attempt {}, will retry: {}", message.id(), attempt, reason);
            }
            return true;
        }).orElse(false)));
    }

    private Duration waitAfter(int attempt) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void compose(MimeMessage mime, PendingMessage message) throws MessagingException, UnsupportedEncodingException {
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(sender);
        helper.setTo(new InternetAddress(message.recipientEmail(), message.recipientName(), StandardCharsets.UTF_8.name()));
        helper.setSubject(message.subject());
        helper.setText(message.textBody(), message.htmlBody());
        if (message.attachment() != null) {
            helper.addAttachment(message.attachmentName(), new ByteArrayResource(message.attachment()), "text/calendar; charset=UTF-8");
        }
        mime.setHeader("X-Good-Enough-Message", message.id().toString());
    }
}
