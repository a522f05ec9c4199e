package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** Signing in and out, in a real browser. */
class SignInJourneyTest extends BrowserTest {

    @Test
    void theCoachSignsInSeesTheirPracticeAndSignsOut() {
        signIn(Demo.COACH, Demo.PASSWORD);

        browser.waitForText("Hello, Maren Albers");
        assertThat(browser.currentPath()).isEqualTo("/coach");
        assertThat(browser.pageText()).contains("Your practice", "Black-and-white thinking").doesNotContain("Accounts");

        browser.find("vaadin-button.sign-out").click();
        browser.waitForText("Sign in");
        browser.open("/coach");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void signingInStartsANewSessionAndSigningOutEndsItForGood() {
        browser.open("/login");
        String beforeSignIn = sessionCookie();
        signIn(Demo.COACH, Demo.PASSWORD);
        browser.waitForText("Hello, Maren Albers");
        String signedIn = sessionCookie();
        assertThat(signedIn).as("session id after sign-in").isNotEqualTo(beforeSignIn);

        browser.find("vaadin-button.sign-out").click();
        browser.waitForText("Sign in");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", signedIn, "/"));
        browser.open("/coach");

        assertThat(browser.currentPath()).as("the signed-out session brought back").startsWith("/login");
    }

    private String sessionCookie() {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndNoEntry() {
        signIn(Demo.COACH, "not the password");

        browser.waitForText("The email or password is not right.");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void tenThousandCharactersInBothFieldsAreRefusedCalmly() {
        browser.open("/login");
        browser.script("""
                const set = (selector, value) => {
                  const input = document.querySelector(selector);
                  input.value = value;
                  input.dispatchEvent(new Event('input', {bubbles: true}));
                  input.dispatchEvent(new Event('change', {bubbles: true}));
                };
                set("vaadin-text-field[name='username'] input", 'x'.repeat(10000));
                set("vaadin-password-field[name='password'] input", 'y'.repeat(10000));
                """);
        browser.find("vaadin-password-field[name='password'] input").sendKeys("\n");

        browser.waitForText("The email or password is not right.");
        assertThat(browser.pageText()).doesNotContain("Exception", "Whitelabel", "stack");
    }

    @Test
    void aClientWhoOpensACoachPageIsRefusedAndAnUnknownAddressIsNotFound() {
        signIn(Demo.SAM, Demo.PASSWORD);
        browser.waitForText("My sessions");

        browser.open("/coach");

        browser.waitForText("This page isn't available to you");
        assertThat(browser.pageText()).doesNotContain("Hello, Maren Albers");

        browser.open("/no/such/page");
        browser.waitForText("This page isn't here");
    }
}
