package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sessions nobody signed in to end sooner, and past a number the oldest of them ends; signing in takes one out of the count. */
class AnonymousSessionsTest {

    final AnonymousSessions anonymous = new AnonymousSessions(3, Duration.ofMinutes(10), Duration.ofMinutes(30));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void pastTheMostTheOldestEndsAndEachWaitsOnlyTenIdleMinutes() {
        List<MockHttpSession> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MockHttpSession session = new MockHttpSession();
            anonymous.sessionCreated(new HttpSessionEvent(session));
            sessions.add(session);
        }

        assertThat(sessions).extracting(MockHttpSession::isInvalid).containsExactly(true, true, false, false, false);
        assertThat(sessions.getLast().getMaxInactiveInterval()).isEqualTo(600);
        assertThat(anonymous.count()).isEqualTo(3);
    }

    @Test
    void signingInTakesASessionOutOfTheCountAndGivesItTheUsualIdleTime() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession signedIn = (MockHttpSession) request.getSession();
        anonymous.sessionCreated(new HttpSessionEvent(signedIn));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        anonymous.on(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("sam", null, List.of())));
        for (int i = 0; i < 4; i++) {
            anonymous.sessionCreated(new HttpSessionEvent(new MockHttpSession()));
        }

        assertThat(signedIn.isInvalid()).isFalse();
        assertThat(signedIn.getMaxInactiveInterval()).isEqualTo(1800);
    }

    @Test
    void anEndedSessionLeavesTheCount() {
        MockHttpSession session = new MockHttpSession();
        anonymous.sessionCreated(new HttpSessionEvent(session));
        anonymous.sessionDestroyed(new HttpSessionEvent(session));

        assertThat(anonymous.count()).isZero();
    }
}
