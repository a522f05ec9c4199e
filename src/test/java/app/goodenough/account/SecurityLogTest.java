package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.admin.AccountAdminService;
import app.goodenough.identity.SignedInUser;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClients;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class SecurityLogTest extends ServiceTest {

    @Autowired AccountService accountService;
    @Autowired AccountAdminService accountAdmin;
    @Autowired TestClients testClients;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher publisher;

    @Test
    void signInsFailuresAndPasswordChangesAreLoggedForTheAdminAndNeverChanged() {
        String email = testClients.withPassword("Logged Client", "a first long password");
        SignedInUser user = (SignedInUser) users.loadUserByUsername(email);
        String unknown = "typo-" + UUID.randomUUID() + "@example.org";

        publisher.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt(email, "10.1.2.3"), new BadCredentialsException("no")));
        publisher.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt(unknown, "10.1.2.4"), new BadCredentialsException("no")));
        UsernamePasswordAuthenticationToken success = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        success.setDetails(new WebAuthenticationDetails("10.1.2.3", null));
        publisher.publishEvent(new AuthenticationSuccessEvent(success));
        signIn.as(email);
        accountService.changeMyPassword("a first long password", "a second long password");

        signIn.as(Demo.ADMIN);
        List<SecurityEvent> log = accountAdmin.securityLog(50);
        assertThat(log).filteredOn(event -> email.equals(event.accountEmail())).extracting(SecurityEvent::kind)
                .containsSubsequence("PASSWORD_CHANGED", "SIGNED_IN", "SIGN_IN_FAILED", "ACCOUNT_OPENED");
        assertThat(log).filteredOn(event -> "10.1.2.4".equals(event.address())).singleElement()
                .satisfies(event -> assertThat(event.accountEmail()).isNull());
        assertThat(log.toString()).doesNotContain(unknown);
        assertThatThrownBy(() -> jdbc.update("delete from security_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update security_event set kind = 'SIGNED_IN'")).hasMessageContaining("append-only");
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }
}
