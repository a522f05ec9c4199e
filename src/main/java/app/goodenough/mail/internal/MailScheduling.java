package app.goodenough.mail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the outbox worker's schedule. */
@Configuration
@EnableScheduling
class MailScheduling {
}
