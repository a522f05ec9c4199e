package app.goodenough.account;

import app.goodenough.shared.FloodGuard;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing wherever a password is checked (signing in, changing it): a few
 * wrong passwords for one account from one address make that pair wait; one address trying
 * many accounts waits; an account tried from many addresses waits for everyone only past a
 * ceiling that a spread-out attack reaches and one person cannot, so nobody locks the coach out
 * by typing her address. Counted in PostgreSQL, the same on every instance; a right password
 * clears its pair's count.
 */
@Component
public class PasswordGuesses {

    private final FloodGuard pairs;
    private final FloodGuard accounts;
    private final FloodGuard addresses;
    private final Counter refused;

    PasswordGuesses(ProxyManager<String> buckets, MeterRegistry registry,
            @Value("${good-enough.sign-in.account-failures}") int pairFailures,
            @Value("${good-enough.sign-in.account-window}") Duration accountWindow,
            @Value("${good-enough.sign-in.account-ceiling}") int accountCeiling,
            @Value("${good-enough.sign-in.address-failures}") int addressFailures,
            @Value("${good-enough.sign-in.address-window}") Duration addressWindow) {
        this.pairs = new FloodGuard(buckets, "password-pair", pairFailures, accountWindow);
        this.accounts = new FloodGuard(buckets, "password-account", accountCeiling, accountWindow);
        this.addresses = new FloodGuard(buckets, "password-address", addressFailures, addressWindow);
        this.refused = FloodGuard.refusalCounter(registry, "password");
    }

    /** How long this email from this address must wait before the next try; zero when it may try now. */
    public Duration waitFor(String email, String address) {
        Duration longest = pairs.waitFor(pair(email, address));
        for (Duration wait : new Duration[] {accounts.waitFor(key(email)), addresses.waitFor(String.valueOf(address))}) {
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        if (longest.isPositive()) {
            refused.increment();
        }
        return longest;
    }

    public void failed(String email, String address) {
        pairs.count(pair(email, address));
        accounts.count(key(email));
        addresses.count(String.valueOf(address));
    }

    public void succeeded(String email, String address) {
        pairs.forget(pair(email, address));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        if (SignInAttempts.wasAWrongGuess(failure)) {
            failed(String.valueOf(failure.getAuthentication().getName()), SignInAttempts.addressOf(failure.getAuthentication()));
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        succeeded(success.getAuthentication().getName(), SignInAttempts.addressOf(success.getAuthentication()));
    }

    private static String pair(String email, String address) {
        return key(email) + "|" + address;
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
