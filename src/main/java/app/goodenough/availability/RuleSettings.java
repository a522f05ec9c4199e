package app.goodenough.availability;

import java.time.Duration;

/**
 * A coach's numbers for the slot engine (see {@link AvailabilityRules}), the window in which
 * clients can still change a booking themselves, and how long before a session its reminders go out.
 */
public record RuleSettings(
        Duration bufferBefore,
        Duration bufferAfter,
        Duration minimumNotice,
        int horizonDays,
        Duration slotStep,
        Duration cancellationWindow,
        Duration reminderLead) {

    /** What a coach starts with until they set their own (the same as the database's column defaults). */
    public static final RuleSettings DEFAULT = new RuleSettings(
            Duration.ZERO, Duration.ZERO, Duration.ofHours(12), 60, Duration.ofMinutes(30), Duration.ofHours(24),
            Duration.ofHours(24));
}
