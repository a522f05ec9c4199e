package app.goodenough.security;

import app.goodenough.account.SignedInSessions;
import app.goodenough.identity.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that no longer stands ({@link SignedInSessions}): its account was
 * switched off, or its password changed or set by link after the session signed in. The check
 * reads PostgreSQL at every request of a signed-in session, so it holds on every instance.
 */
class SessionStandingFilter extends OncePerRequestFilter {

    private final SignedInSessions sessions;
    private final SecurityContextHolderStrategy securityContexts;

    SessionStandingFilter(SignedInSessions sessions, SecurityContextHolderStrategy securityContexts) {
        this.sessions = sessions;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !(session.getAttribute(SignedInSessions.SIGNED_IN_AT) instanceof Instant signedInAt
                        && sessions.stands(user.id(), signedInAt))) {
            securityContexts.clearContext();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
