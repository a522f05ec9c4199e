package app.goodenough.security;

import app.goodenough.base.SignInAttempts;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few wrong passwords for one account, or many from one
 * address, sign-in waits until the window has passed. Counted per application instance, in
 * memory (token buckets, Bucket4j); a right password clears the account's count.
 */
@Component
public class SignInThrottle {

    private final FloodGuard accounts;
    private final FloodGuard addresses;

    SignInThrottle(@Value("${good-enough.sign-in.account-failures}") int accountFailures,
            @Value("${good-enough.sign-in.account-window}") Duration accountWindow,
            @Value("${good-enough.sign-in.address-failures}") int addressFailures,
            @Value("${good-enough.sign-in.address-window}") Duration addressWindow) {
        this.accounts = new FloodGuard(accountFailures, accountWindow);
        this.addresses = new FloodGuard(addressFailures, addressWindow);
    }

    /** How long this email and address must wait before the next try; zero when they may try now. */
    public Duration waitFor(String email, String address) {
        Duration account = accounts.waitFor(key(email));
        Duration fromAddress = address == null ? Duration.ZERO : addresses.waitFor(address);
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    public void failed(String email, String address) {
        accounts.count(key(email));
        if (address != null) {
            addresses.count(address);
        }
    }

    public void succeeded(String email) {
        accounts.forget(key(email));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        if (!SignInAttempts.wasAWrongGuess(failure)) {
            return;
        }
        failed(String.valueOf(failure.getAuthentication().getName()), SignInAttempts.addressOf(failure.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        succeeded(success.getAuthentication().getName());
    }

    @Scheduled(fixedDelayString = "PT10M")
    void forgetRested() {
        accounts.forgetRested();
        addresses.forgetRested();
    }


    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
