package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.identity.SignedInUser;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class MyAccountServiceTest extends ServiceTest {

    static final String FIRST = "a first long password";
    static final String SECOND = "a second long password";

    @Autowired AccountService accountService;
    @Autowired TestClients testClients;
    @Autowired SignedInSessions sessions;
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
    void aPasswordChangeNeedsTheCurrentOneAndEndsTheOtherSessionsButThisOne() {
        String email = signedInClient();
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignedInUser me = (SignedInUser) users.loadUserByUsername(email);
        Instant signedIn = TestClock.get().instant().minusSeconds(60);
        request.getSession().setAttribute(SignedInSessions.SIGNED_IN_AT, signedIn);

        assertThatThrownBy(() -> accountService.changeMyPassword("wrong but long enough", SECOND))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("currentPassword"));
        assertThatThrownBy(() -> accountService.changeMyPassword(FIRST, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("newPassword"));
        assertThat(sessions.stands(me.id(), signedIn)).as("nothing changed yet").isTrue();

        accountService.changeMyPassword(FIRST, SECOND);

        assertThat(passwordEncoder.matches(SECOND, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(sessions.stands(me.id(), signedIn)).as("a session signed in before, on any instance").isFalse();
        assertThat(request.getSession().getAttribute(SignedInSessions.SIGNED_IN_AT)).isInstanceOfSatisfying(Instant.class,
                thisOne -> assertThat(sessions.stands(me.id(), thisOne)).as("the session that changed it").isTrue());
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignIns() {
        signedInClient();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.77");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accountService.changeMyPassword("wrong but long enough", SECOND))
                    .hasMessageContaining("That is not your current password.");
        }

        assertThatThrownBy(() -> accountService.changeMyPassword(FIRST, SECOND))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems().getFirst().message())
                        .startsWith("Too many tries. For your safety, please try again in "));
    }

    private String signedInClient() {
        String email = testClients.withPassword("Own Account", FIRST);
        signIn.as(email);
        return email;
    }
}
