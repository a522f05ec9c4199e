package app.goodenough.account.internal;

import app.goodenough.account.SignInAttempts;
import app.goodenough.identity.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins and failed sign-ins to the security log. A failure is tied to an account only
 * when the typed name is one; otherwise only the address is kept, since people sometimes type
 * a password into the email field.
 */
@Component
class SignInLog {

    private final SecurityLog log;
    private final AccountRepository accounts;

    SignInLog(SecurityLog log, AccountRepository accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            log.record(SecurityLog.Kind.SIGNED_IN, user.id(), user.id(), SignInAttempts.addressOf(success.getAuthentication()));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        if (!SignInAttempts.wasAWrongGuess(failure)) {
            return;
        }
        String typed = String.valueOf(failure.getAuthentication().getName());
        var account = typed.length() <= 254 ? accounts.findByEmail(typed).map(found -> found.id()).orElse(null) : null;
        log.record(SecurityLog.Kind.SIGN_IN_FAILED, account, null, SignInAttempts.addressOf(failure.getAuthentication()));
    }

}
