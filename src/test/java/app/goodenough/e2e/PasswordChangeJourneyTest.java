package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Journey 9: a client signed in on two devices changes their password on one; the other is signed out. */
class PasswordChangeJourneyTest extends BrowserTest {

    @LocalServerPort int port;
    @Autowired TestClients testClients;

    @Test
    void changingThePasswordSignsOutTheOtherDevice() {
        String email = testClients.withPassword("Two Devices", "the first long password");

        try (Browser other = new Browser(port)) {
            signIn(other, email, "the first long password");
            other.waitForText("My sessions");

            signIn(browser, email, "the first long password");
            browser.open("/my/account");
            browser.find("vaadin-password-field.current-password input").sendKeys("the first long password");
            browser.find("vaadin-password-field.new-password input").sendKeys("the second long password");
            browser.find("vaadin-password-field.repeated-password input").sendKeys("the second long password");
            browser.clickText("vaadin-button", "Change password");
            browser.waitForText("Your password is changed");

            other.open("/my/account");
            assertThat(other.currentPath()).startsWith("/login");
            browser.open("/my/sessions");
            browser.waitForText("My sessions");
        }
    }

    private static void signIn(Browser browser, String email, String password) {
        browser.open("/login");
        browser.find("vaadin-text-field[name='username'] input").sendKeys(email);
        browser.find("vaadin-password-field[name='password'] input").sendKeys(password + "\n");
        browser.waitUntilIdle();
    }
}
