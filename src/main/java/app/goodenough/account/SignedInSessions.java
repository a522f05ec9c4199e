package app.goodenough.account;

import app.goodenough.account.internal.AccountRepository;
import app.goodenough.identity.AccountId;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which signed-in sessions still stand. Each session remembers when it signed in; it stands while
 * its account is switched on and its sessions were not ended since (by a password change, a
 * password set by link, switching the account off). That moment is kept in PostgreSQL, so a
 * session ends wherever its next request arrives, on any instance.
 */
@Component
public class SignedInSessions {

    /** The session attribute with the moment the session signed in, by the application's clock. */
    public static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

    private final AccountRepository accounts;
    private final Clock clock;

    SignedInSessions(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean stands(AccountId account, Instant signedInAt) {
        return accounts.sessionStands(account, signedInAt);
    }

    /** The session of the current request counts as signed in now: at sign-in, and after its own password change. */
    void signedInNow(Instant now) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SIGNED_IN_AT, now, RequestAttributes.SCOPE_SESSION);
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        signedInNow(clock.instant());
    }
}
