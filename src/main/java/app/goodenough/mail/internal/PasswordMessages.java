package app.goodenough.mail.internal;

import app.goodenough.password.PasswordLinkIssued;
import app.goodenough.password.PasswordLinks;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Queues the message that carries a password link, in the transaction that made the link. */
@Component
class PasswordMessages {

    private final OutboxRepository outbox;
    private final MessageTemplates templates;
    private final Clock clock;
    private final String baseUrl;

    PasswordMessages(OutboxRepository outbox, MessageTemplates templates, Clock clock, @Value("${good-enough.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(PasswordLinkIssued issued) {
        String subject = "Choose your password";
        MessageTemplates.Rendered letter = templates.render("password-link", Map.of("subject", subject, "name", issued.name(),
                "first", issued.first(), "passwordUrl", baseUrl + "/" + PasswordLinks.SET_ROUTE + "/" + issued.token()));
        outbox.insert(new NewMessage(MessageKind.PASSWORD_LINK, null, issued.email(), issued.name(), subject,
                letter.text(), letter.html(), null, null, clock.instant()));
    }
}
