package app.goodenough.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An end-to-end journey in headless Chromium against the running application. A failing
 * test leaves a screenshot under {@code target/e2e-screenshots/}.
 */
@IntegrationTest
public abstract class BrowserTest {

    @LocalServerPort int port;
    protected Browser browser;

    /** Runs before {@code @AfterEach} closes the browser, so the page is still there to see. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port, browserTimeZone(), browserLanguage());
    }

    /** The zone the browser's clock runs in; a reader far from the coach can be simulated. */
    protected String browserTimeZone() {
        return "Europe/Berlin";
    }

    /** The language the browser asks for; pages write dates and times that language's way. */
    protected Locale browserLanguage() {
        return Browser.LOCALE;
    }

    /** The content security policy may be strict, but never so strict that the page itself is refused something. */
    @AfterEach
    void closeBrowser() {
        try {
            assertThat(browser.driver().manage().logs().get("browser").getAll())
                    .extracting(LogEntry::getMessage)
                    .noneMatch(message -> message.contains("Content Security Policy"));
        } finally {
            browser.close();
        }
    }

    protected void signIn(String email, String password) {
        browser.open("/login");
        browser.find("vaadin-text-field[name='username'] input").sendKeys(email);
        browser.find("vaadin-password-field[name='password'] input").sendKeys(password + "\n");
        browser.waitUntilIdle();
    }
}
