package app.goodenough.mailserver;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** "mail" in the health details: whether the SMTP server answers, or that messages wait in the outbox. */
@Component("mailHealthIndicator")
class MailHealthIndicator implements HealthIndicator {

    private final MailServer server;

    MailHealthIndicator(MailServer server) {
        this.server = server;
    }

    @Override
    public Health health() {
        return server.sender().map(sender -> new org.springframework.boot.mail.health.MailHealthIndicator(sender).health())
                .orElseGet(() -> Health.up().withDetail("server", "none configured: messages wait in the outbox").build());
    }
}
