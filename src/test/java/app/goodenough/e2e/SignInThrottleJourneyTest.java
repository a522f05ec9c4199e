package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.BrowserTest;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guessing is slowed: after the allowed wrong passwords the sign-in page asks to wait, even
 * the right password is turned away meanwhile, and after the window it works. (The tests run
 * with a forty-second window; the application's is fifteen minutes.)
 */
class SignInThrottleJourneyTest extends BrowserTest {

    @Autowired TestClients testClients;

    @Test
    void wrongPasswordsInARowMakeTheAccountWaitThenTheRightOneWorks() {
        String email = testClients.withPassword("Guessed At", "the real long password");

        for (int i = 0; i < 6; i++) {
            signIn(email, "a wrong guess number " + i);
        }
        browser.waitForText("Too many tries. For your safety, please try again in 1 minute.");
        signIn(email, "the real long password");
        assertThat(browser.currentPath()).startsWith("/login?wait=");

        TestClock.get().advance(Duration.ofSeconds(41));
        signIn(email, "the real long password");
        browser.waitForText("My sessions");
    }
}
