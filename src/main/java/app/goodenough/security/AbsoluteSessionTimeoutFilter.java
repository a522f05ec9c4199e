package app.goodenough.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than the absolute limit, however busy it was: the
 * idle timeout alone would let a session that is always in use live for ever. A session's age
 * is counted by the application's clock from the end of the request that opened it (not by the
 * servlet container's, which tests and the rest of the application cannot set).
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    static final String BEGAN = AbsoluteSessionTimeoutFilter.class.getName() + ".began";

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(BEGAN) instanceof Instant began
                && Duration.between(began, clock.instant()).compareTo(limit) > 0) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
        HttpSession opened = request.getSession(false);
        if (opened != null && opened.getAttribute(BEGAN) == null) {
            opened.setAttribute(BEGAN, clock.instant());
        }
    }
}
