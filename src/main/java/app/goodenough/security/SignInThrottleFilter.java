package app.goodenough.security;

import app.goodenough.account.PasswordGuesses;
import app.goodenough.database.DatabaseOutage;
import app.goodenough.shared.FloodGuard;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns a sign-in away while its account or address has to wait, before the password is even checked. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final PasswordGuesses throttle;

    SignInThrottleFilter(PasswordGuesses throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getServletPath().equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait;
        try {
            wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            // the counts are in the database, which is away: the sign-in itself will say so, calmly
            wait = Duration.ZERO;
        }
        if (wait.isPositive()) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + FloodGuard.wholeMinutes(wait));
            return;
        }
        chain.doFilter(request, response);
    }
}
