package app.goodenough.account;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What Spring Security's sign-in events say, read the same way by the security log and the sign-in throttle. */
public final class SignInAttempts {

    private SignInAttempts() {
    }

    /**
     * Whether a failed sign-in was a guess that was checked and found wrong. When the password
     * could not be checked at all (the database was away), nothing was tried against an account.
     */
    public static boolean wasAWrongGuess(AbstractAuthenticationFailureEvent failure) {
        return !(failure.getException() instanceof AuthenticationServiceException);
    }

    /** The address the attempt came from, when it came over the web. */
    public static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
