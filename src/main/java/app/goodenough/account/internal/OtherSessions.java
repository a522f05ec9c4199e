package app.goodenough.account.internal;

import app.goodenough.account.SignedInUser;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/** Ends a person's other signed-in sessions (after a password change): each is signed out at its next request. */
@Component
public class OtherSessions {

    private final SessionRegistry sessionRegistry;

    OtherSessions(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    /** @return how many sessions were ended */
    public int end(SignedInUser user) {
        String current = RequestContextHolder.getRequestAttributes() == null ? null
                : RequestContextHolder.getRequestAttributes().getSessionId();
        var others = sessionRegistry.getAllSessions(user, false).stream()
                .filter(session -> !session.getSessionId().equals(current))
                .toList();
        others.forEach(session -> session.expireNow());
        return others.size();
    }
}
