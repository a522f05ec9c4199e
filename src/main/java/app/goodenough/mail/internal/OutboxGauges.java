package app.goodenough.mail.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The outbox in the operators' metrics: {@code good_enough_outbox_due} (messages whose time has
 * come and that are not sent), {@code good_enough_outbox_oldest_due_seconds} (how long the oldest
 * of them has waited) and {@code good_enough_outbox_failing} (unsent messages that failed at least
 * once). One query answers all three, at most every five seconds.
 */
@Component
class OutboxGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final OutboxRepository outbox;
    private final Clock clock;
    private Instant readAt = Instant.MIN;
    private OutboxBacklog backlog;

    OutboxGauges(OutboxRepository outbox, Clock clock, MeterRegistry registry) {
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("good.enough.outbox.due", this, gauges -> gauges.backlog().due())
                .description("Messages whose time has come and that are not sent yet").register(registry);
        Gauge.builder("good.enough.outbox.oldest.due", this, OutboxGauges::oldestDueSeconds).baseUnit("seconds")
                .description("How long the oldest message due has waited").register(registry);
        Gauge.builder("good.enough.outbox.failing", this, gauges -> gauges.backlog().failing())
                .description("Unsent messages that failed at least once").register(registry);
    }

    private double oldestDueSeconds() {
        return backlog().oldestDue().map(oldest -> (double) Duration.between(oldest, clock.instant()).toSeconds()).orElse(0.0);
    }

    private synchronized OutboxBacklog backlog() {
        Instant now = clock.instant();
        if (backlog == null || Duration.between(readAt, now).compareTo(FRESH_FOR) > 0 || now.isBefore(readAt)) {
            backlog = outbox.backlog(now);
            readAt = now;
        }
        return backlog;
    }
}
