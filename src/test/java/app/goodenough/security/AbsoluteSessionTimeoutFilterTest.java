package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session's age is counted by the application's clock, from the request that opened it. */
class AbsoluteSessionTimeoutFilterTest {

    /** A clock the test moves; the servlet container's own clock plays no part. */
    static final class Hands extends Clock {

        Instant now = Instant.parse("2031-06-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final Hands clock = new Hands();
    final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(12), clock);
    final MockHttpSession session = new MockHttpSession();

    @Test
    void aSessionOlderThanTheLimitEndsAndTheRequestGoesToSignIn() throws Exception {
        request();
        clock.now = clock.now.plus(Duration.ofHours(12).plusSeconds(1));

        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = request(response);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBusySessionGoesOnUntilTheLimitCountedFromItsFirstRequest() throws Exception {
        request();
        for (int hour = 1; hour <= 12; hour++) {
            clock.now = clock.now.plus(Duration.ofHours(1));
            MockFilterChain chain = request(new MockHttpServletResponse());
            assertThat(session.isInvalid()).as("after %d hours", hour).isFalse();
            assertThat(chain.getRequest()).isNotNull();
        }
    }

    private MockFilterChain request() throws Exception {
        return request(new MockHttpServletResponse());
    }

    private MockFilterChain request(MockHttpServletResponse response) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/coach/calendar");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain;
    }
}
