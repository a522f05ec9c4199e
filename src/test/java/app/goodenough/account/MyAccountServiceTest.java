package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.base.FieldProblem;
import app.goodenough.base.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClients;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class MyAccountServiceTest extends ServiceTest {

    static final String FIRST = "a first long password";
    static final String SECOND = "a second long password";

    @Autowired AccountService accountService;
    @Autowired TestClients testClients;
    @Autowired SessionRegistry sessionRegistry;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwordEncoder;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void badDetailsAreNamedFieldByFieldAndNothingIsSaved() {
        String email = signedInClient();

        assertThatThrownBy(() -> accountService.changeMyDetails(new MyDetails(" ", "<b>0</b>", "Mars/Olympus_Mons")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("displayName", "phone", "timeZone"));
        assertThat(accountService.myDetails()).isEqualTo(new MyDetails("Own Account", "", ""));

        assertThat(accountService.changeMyDetails(new MyDetails("  Own Name ", " (030) 123-45 ", "Asia/Kolkata")))
                .isEqualTo(new MyDetails("Own Name", "(030) 123-45", "Asia/Kolkata"));
        assertThat(jdbc.queryForObject("select display_name from account where email = ?", String.class, email)).isEqualTo("Own Name");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentOneAndSignsOutTheOtherSessions() {
        String email = signedInClient();
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignedInUser me = (SignedInUser) users.loadUserByUsername(email);
        sessionRegistry.registerNewSession(request.getSession().getId(), me);
        sessionRegistry.registerNewSession("other-" + UUID.randomUUID(), me);

        assertThatThrownBy(() -> accountService.changeMyPassword("wrong but long enough", SECOND))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("currentPassword"));
        assertThatThrownBy(() -> accountService.changeMyPassword(FIRST, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("newPassword"));
        assertThat(sessionRegistry.getAllSessions(me, false)).hasSize(2);

        accountService.changeMyPassword(FIRST, SECOND);

        assertThat(passwordEncoder.matches(SECOND, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(sessionRegistry.getAllSessions(me, false)).singleElement()
                .satisfies(session -> assertThat(session.getSessionId()).isEqualTo(request.getSession().getId()));
    }

    private String signedInClient() {
        String email = testClients.withPassword("Own Account", FIRST);
        signIn.as(email);
        return email;
    }
}
