package app.goodenough.mail.internal;

import app.goodenough.password.PasswordLinkIssued;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Queues the message that carries a password link, in the transaction that made the link. */
@Component
class PasswordMessages {

    private final OutboxRepository outbox;
    private final Clock clock;
    private final String baseUrl;

    PasswordMessages(OutboxRepository outbox, Clock clock, @Value("${good-enough.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(PasswordLinkIssued issued) {
        Letter letter = new Letter()
                .paragraph("Hello " + issued.name() + ",")
                .paragraph(issued.first() ? "you asked to choose a password for your sessions with Good Enough."
                        : "you asked to choose a new password for Good Enough.")
                .link("Choose your password (the link works once, for one hour)", baseUrl + "/password/set/" + issued.token())
                .paragraph("If you did not ask for this, you can ignore this message; your password stays as it is.")
                .paragraph("Good Enough");
        outbox.insert(new NewMessage(MessageKind.PASSWORD_LINK, null, issued.email(), issued.name(), "Choose your password",
                letter.text(), letter.html(), null, null, clock.instant()));
    }
}
