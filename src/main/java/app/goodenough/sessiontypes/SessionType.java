package app.goodenough.sessiontypes;

import app.goodenough.identity.AccountId;
import java.time.Duration;

/**
 * A kind of session a coach offers, e.g. a free 20-minute intro call.
 *
 * @param priceLabel shown to readers as written, e.g. "Free" or "90 €"; nothing is charged here
 */
public record SessionType(
        SessionTypeId id,
        AccountId coachId,
        String name,
        Integer durationMinutes,
        String description,
        String priceLabel,
        String colour,
        Boolean active) {

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
