package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.admin.AccountAdminService;
import app.goodenough.identity.Role;
import app.goodenough.identity.SignedInUser;
import app.goodenough.support.Demo;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/** Signing in through Spring Security's real authentication, against accounts in PostgreSQL. */
@IntegrationTest
class SignInTest {

    @Autowired AuthenticationConfiguration authentication;
    @Autowired AccountService accountService;
    @Autowired AccountAdminService accountAdmin;
    @Autowired SignIn signIn;

    @Test
    void theDemoAccountsSignInWithTheirRoleWhateverTheEmailCase() throws Exception {
        assertThat(authenticate("Coach@Example.com", Demo.PASSWORD).getAuthorities()).extracting(Object::toString)
                .contains("ROLE_COACH").doesNotContain("ROLE_ADMIN", "ROLE_CLIENT");
        assertThat(authenticate(Demo.ADMIN, Demo.PASSWORD).getAuthorities()).extracting(Object::toString)
                .contains("ROLE_ADMIN").doesNotContain("ROLE_COACH", "ROLE_CLIENT");
        SignedInUser sam = (SignedInUser) authenticate(Demo.SAM, Demo.PASSWORD).getPrincipal();
        assertThat(sam.role()).isEqualTo(Role.CLIENT);
        assertThat(sam.getPassword()).isNull();
    }

    @Test
    void wrongUnknownEmptyAndHugeValuesAllGetTheSameRefusal() {
        assertThatThrownBy(() -> authenticate(Demo.COACH, "not the password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("nobody@example.com", Demo.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("", "")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("x".repeat(10_000), "y".repeat(10_000))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aSwitchedOffAccountCannotSignIn() {
        signIn.as(Demo.ADMIN);
        String email = AccountServiceTest.unique("off");
        Account account = accountService.createAccount(new NewAccount(email, "Off", Role.CLIENT, "a long walk home"));
        accountAdmin.setEnabled(account.id(), false);
        signIn.out();

        assertThatThrownBy(() -> authenticate(email, "a long walk home")).isInstanceOf(DisabledException.class);
    }

    private Authentication authenticate(String email, String password) throws Exception {
        return authentication.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
