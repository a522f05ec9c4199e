package app.goodenough.booking.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts bookings confirmed to readers and bookings refused, by reason, for the operators'
 * metrics ({@code good_enough_bookings_total}, {@code good_enough_booking_refusals_total}).
 * Nothing about the reader is recorded.
 */
@Component
public class BookingOutcomes {

    /** Why a booking was refused. */
    public enum Refusal {
        /** Someone else took the time a moment before. */
        SLOT_TAKEN,
        /** A field the reader can correct, or a time that is not offered. */
        INVALID_INPUT
    }

    private final Counter booked;
    private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);

    BookingOutcomes(MeterRegistry registry) {
        this.booked = Counter.builder("good.enough.bookings").description("Bookings confirmed to their reader").register(registry);
        for (Refusal reason : Refusal.values()) {
            refused.put(reason, Counter.builder("good.enough.booking.refusals").description("Bookings refused, by reason")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    public void booked() {
        booked.increment();
    }

    public void refused(Refusal reason) {
        refused.get(reason).increment();
    }
}
