package app.goodenough.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few wrong passwords for one account, or many from one
 * address, sign-in waits until the window has passed. Counted per application instance, in
 * memory (token buckets, Bucket4j); a right password clears the account's count.
 */
@Component
public class SignInThrottle {

    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final int accountFailures;
    private final Duration accountWindow;
    private final int addressFailures;
    private final Duration addressWindow;

    SignInThrottle(@Value("${good-enough.sign-in.account-failures}") int accountFailures,
            @Value("${good-enough.sign-in.account-window}") Duration accountWindow,
            @Value("${good-enough.sign-in.address-failures}") int addressFailures,
            @Value("${good-enough.sign-in.address-window}") Duration addressWindow) {
        this.accountFailures = accountFailures;
        this.accountWindow = accountWindow;
        this.addressFailures = addressFailures;
        this.addressWindow = addressWindow;
    }

    /** How long this email and address must wait before the next try; zero when they may try now. */
    public Duration waitFor(String email, String address) {
        Duration account = waitOf(accounts.get(key(email)));
        Duration fromAddress = waitOf(addresses.get(address));
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    public void failed(String email, String address) {
        accounts.computeIfAbsent(key(email), unused -> bucket(accountFailures, accountWindow)).tryConsume(1);
        if (address != null) {
            addresses.computeIfAbsent(address, unused -> bucket(addressFailures, addressWindow)).tryConsume(1);
        }
    }

    public void succeeded(String email) {
        accounts.remove(key(email));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        failed(String.valueOf(failure.getAuthentication().getName()), addressOf(failure.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        succeeded(success.getAuthentication().getName());
    }

    private static Duration waitOf(Bucket bucket) {
        if (bucket == null) {
            return Duration.ZERO;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static Bucket bucket(int failures, Duration window) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(failures).refillIntervally(failures, window).build()).build();
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
