package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.BrowserTest;
import app.goodenough.support.pages.BookingPage;
import org.junit.jupiter.api.Test;

/**
 * A reader goes forward through the booking steps, then uses the browser's Back and Forward and
 * reloads: each step is its own history entry, a reload keeps the step, and each new step's
 * heading has the keyboard focus so that a screen reader announces it.
 */
class BookingBackJourneyTest extends BrowserTest {

    @Test
    void backGoesOneStepBackAndAReloadKeepsTheStep() {
        BookingPage booking = new BookingPage(browser).open().chooseSessionType(BookingPage.COACHING_SESSION);
        assertThat(focusedText()).isEqualTo("Choose a day");
        assertThat(browser.driver().getCurrentUrl()).contains("type=");
        booking.chooseFirstFreeDay();
        String day = browser.find(".time-picker h3").getText();
        assertThat(focusedText()).isEqualTo(day);
        booking.chooseFirstTime();
        assertThat(browser.exists(".details-form")).isTrue();
        assertThat(focusedText()).isEqualTo("Your details");

        back();
        assertThat(browser.find(".time-picker h3").getText()).isEqualTo(day);
        back();
        assertThat(browser.exists(".month-grid")).isTrue();
        assertThat(browser.exists(".time-picker")).isFalse();
        back();
        assertThat(browser.exists("vaadin-button.session-type")).isTrue();
        browser.driver().navigate().forward();
        browser.waitUntilIdle();
        assertThat(browser.exists(".month-grid")).isTrue();

        booking.chooseFirstFreeDay().chooseFirstTime();
        browser.driver().navigate().refresh();
        browser.waitUntilIdle();
        assertThat(browser.exists(".details-form")).as("a reload keeps the step").isTrue();
        browser.assertAccessible("the details form after a reload");
    }

    private void back() {
        browser.driver().navigate().back();
        browser.waitUntilIdle();
    }

    private String focusedText() {
        browser.waitUntilIdle();
        return String.valueOf(browser.script("return document.activeElement ? document.activeElement.textContent.trim() : ''"));
    }
}
