package app.goodenough.sessiontypes;

import app.goodenough.identity.AccountId;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A kind of session a coach offers, e.g. a free 20-minute intro call.
 *
 * @param priceLabel shown to readers as written, e.g. "Free" or "90 €"; nothing is charged here
 * @param place how the session happens, as written: an address or a video link; empty when not said
 * @param payment how the price is paid, as the coach describes it; empty when not said
 */
public record SessionType(
        SessionTypeId id,
        AccountId coachId,
        String name,
        Integer durationMinutes,
        String description,
        String priceLabel,
        String place,
        String payment,
        String colour,
        Boolean active) {

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** The price and how it is paid, as readers are told, e.g. "90 €. By bank transfer"; empty when neither is said. */
    public String priceAndPayment() {
        return Stream.of(priceLabel, payment).filter(part -> !part.isBlank()).collect(Collectors.joining(". "));
    }
}
