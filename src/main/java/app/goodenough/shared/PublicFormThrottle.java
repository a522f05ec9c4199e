package app.goodenough.shared;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps floods off the forms anyone can send without signing in: booking a session and asking
 * for a password link. Each client address has an allowance per window (a person needs a few
 * tries at most); beyond it the form says how long to wait. Counted in PostgreSQL, the same on
 * every instance.
 */
@Component
public class PublicFormThrottle {

    private final FloodGuard bookings;
    private final FloodGuard passwordLinks;
    private final Counter bookingsRefused;
    private final Counter passwordLinksRefused;

    PublicFormThrottle(ProxyManager<String> buckets, MeterRegistry registry, @Value("${good-enough.public-forms.bookings-per-address}") int bookings,
            @Value("${good-enough.public-forms.bookings-window}") Duration bookingsWindow,
            @Value("${good-enough.public-forms.password-links-per-address}") int passwordLinks,
            @Value("${good-enough.public-forms.password-links-window}") Duration passwordLinksWindow) {
        this.bookings = new FloodGuard(buckets, "booking-address", bookings, bookingsWindow);
        this.passwordLinks = new FloodGuard(buckets, "password-link-address", passwordLinks, passwordLinksWindow);
        this.bookingsRefused = FloodGuard.refusalCounter(registry, "booking");
        this.passwordLinksRefused = FloodGuard.refusalCounter(registry, "password_link");
    }

    /** Counts a try to book from the address; when it has to wait, what to tell the person. */
    public Optional<String> bookingTry(String address) {
        return refusal(bookings.take(address), bookingsRefused, "Many sessions were booked from your connection just now. "
                + "To keep the calendar fair, please try again in ");
    }

    /** Counts a request for a password link from the address; when it has to wait, what to tell the person. */
    public Optional<String> passwordLinkRequest(String address) {
        return refusal(passwordLinks.take(address), passwordLinksRefused, "Many links were asked for from your connection just now. "
                + "Please try again in ");
    }

    /**
     * Lets an address try again at once, as after a false alarm (a whole office behind one
     * address). No screen offers it yet; the tests use it.
     */
    public void forgive(String address) {
        bookings.forget(address);
        passwordLinks.forget(address);
    }

    private static Optional<String> refusal(Duration wait, Counter refusals, String message) {
        if (wait.isZero()) {
            return Optional.empty();
        }
        refusals.increment();
        return Optional.of(message + FloodGuard.inMinutes(wait) + ".");
    }
}
