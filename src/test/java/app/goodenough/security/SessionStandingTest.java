package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.account.AccountService;
import app.goodenough.account.SignedInSessions;
import app.goodenough.admin.AccountAdminService;
import app.goodenough.identity.SignedInUser;
import app.goodenough.password.PasswordLinks;
import app.goodenough.support.Demo;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.SignIn;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A signed-in session ends at its next request once its account is switched off, or its
 * password is set by a link; the moment it signed in is compared with the account's row in
 * PostgreSQL, so this holds whichever instance the request reaches.
 */
@IntegrationTest
class SessionStandingTest {

    private static final Pattern RESET = Pattern.compile("/password/set/([A-Za-z0-9_-]+)");

    @Autowired SignedInSessions sessions;
    @Autowired SecurityContextHolderStrategy securityContexts;
    @Autowired AccountService accountService;
    @Autowired AccountAdminService accountAdmin;
    @Autowired PasswordLinks passwordLinks;
    @Autowired UserDetailsService users;
    @Autowired TestClients testClients;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        securityContexts.clearContext();
    }

    @Test
    void aSwitchedOffAccountsSessionEndsAtItsNextRequest() throws Exception {
        String email = testClients.withPassword("Soon Off", "a long walk home");
        MockHttpSession session = signedInSession();
        assertThat(passes(session, email)).isTrue();

        signIn.as(Demo.ADMIN);
        accountAdmin.setEnabled(((SignedInUser) users.loadUserByUsername(email)).id(), false);
        signIn.out();

        assertThat(passes(session, email)).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPasswordSetByLinkEndsEverySessionSignedInBefore() throws Exception {
        String email = testClients.withPassword("Reset Soon", "a long walk home");
        MockHttpSession before = signedInSession();
        passwordLinks.requestReset(email);

        passwordLinks.setPassword(resetToken(email), "a brand new walk home");

        assertThat(passes(before, email)).isFalse();
        TestClock.get().advance(Duration.ofSeconds(1));
        assertThat(passes(signedInSession(), email)).as("signing in again").isTrue();
    }

    @Test
    void aSessionThatDoesNotKnowWhenItSignedInDoesNotStand() throws Exception {
        String email = testClients.withPassword("No Moment", "a long walk home");

        assertThat(passes(new MockHttpSession(), email)).isFalse();
    }

    private MockHttpSession signedInSession() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SignedInSessions.SIGNED_IN_AT, TestClock.get().instant());
        return session;
    }

    /** Whether a request of this session, signed in as the account, reaches the application. */
    private boolean passes(MockHttpSession session, String email) throws Exception {
        SignedInUser user = (SignedInUser) users.loadUserByUsername(email);
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContexts.setContext(context);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my/sessions");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        try {
            new SessionStandingFilter(sessions, securityContexts).doFilter(request, new MockHttpServletResponse(), chain);
        } finally {
            securityContexts.clearContext();
        }
        return chain.getRequest() != null;
    }

    private String resetToken(String email) {
        String text = jdbc.queryForObject("select text_body from outbox_message where recipient_email = ? and kind = 'PASSWORD_LINK' "
                + "order by created_at desc limit 1", String.class, email);
        Matcher link = RESET.matcher(text);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
