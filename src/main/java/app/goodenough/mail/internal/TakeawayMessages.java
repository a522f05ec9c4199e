package app.goodenough.mail.internal;

import app.goodenough.takeaways.TakeawayShared;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Queues the letter that carries a takeaway the coach shared by email, in the transaction of the sharing. */
@Component
class TakeawayMessages {

    private final OutboxRepository outbox;
    private final MessageTemplates templates;
    private final Clock clock;
    private final String baseUrl;

    TakeawayMessages(OutboxRepository outbox, MessageTemplates templates, Clock clock, @Value("${good-enough.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(TakeawayShared shared) {
        String subject = "From your session with " + shared.coachName();
        MessageTemplates.Rendered letter = templates.render("takeaway-client", Map.of("subject", subject, "name", shared.clientName(),
                "coachName", shared.coachName(), "coachEmail", shared.coachEmail(), "text", shared.text(),
                "mySessionsUrl", baseUrl + "/my/sessions"));
        outbox.insert(new NewMessage(MessageKind.TAKEAWAY, null, shared.clientEmail(), shared.clientName(), subject,
                letter.text(), letter.html(), null, null, clock.instant()));
    }
}
