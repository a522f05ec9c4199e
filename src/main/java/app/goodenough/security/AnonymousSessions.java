package app.goodenough.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions of visitors who have not signed in (readers of the booking page, people following a
 * link) cost memory that nobody has vouched for: they end after a shorter idle time, and past a
 * number per instance the oldest of them ends to make room. Signing in takes a session out of
 * this count and gives it the usual idle time.
 */
@Component
class AnonymousSessions implements HttpSessionListener {

    private final int most;
    private final int anonymousIdleSeconds;
    private final int signedInIdleSeconds;
    private final Map<String, HttpSession> oldestFirst = new LinkedHashMap<>();

    AnonymousSessions(@Value("${good-enough.sessions.anonymous-most}") int most,
            @Value("${good-enough.sessions.anonymous-idle}") Duration anonymousIdle,
            @Value("${server.servlet.session.timeout}") Duration signedInIdle) {
        this.most = most;
        this.anonymousIdleSeconds = (int) anonymousIdle.toSeconds();
        this.signedInIdleSeconds = (int) signedInIdle.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(anonymousIdleSeconds);
        List<HttpSession> ended = new ArrayList<>();
        synchronized (oldestFirst) {
            oldestFirst.put(session.getId(), session);
            for (Iterator<HttpSession> oldest = oldestFirst.values().iterator(); oldestFirst.size() > most && oldest.hasNext(); ) {
                ended.add(oldest.next());
                oldest.remove();
            }
        }
        ended.forEach(AnonymousSessions::end);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        synchronized (oldestFirst) {
            oldestFirst.values().remove(event.getSession());
        }
    }

    /** A session that signs in is no longer anonymous. */
    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                synchronized (oldestFirst) {
                    oldestFirst.values().remove(session);
                }
                session.setMaxInactiveInterval(signedInIdleSeconds);
            }
        }
    }

    int count() {
        synchronized (oldestFirst) {
            return oldestFirst.size();
        }
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException endedAlready) {
            // it ended on its own meanwhile
        }
    }
}
