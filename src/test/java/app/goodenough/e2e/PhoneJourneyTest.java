package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.BrowserTest;
import app.goodenough.support.pages.BookingPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reader on a phone: every control on the way from the article to the booking form is at
 * least 44 by 44 px, the phone field brings up the number pad and the browser may fill in the
 * name, address and number it knows.
 */
class PhoneJourneyTest extends BrowserTest {

    static final double SMALLEST_TAP = 44;

    @Test
    void everyTapTargetOnTheWayToBookingTakesAFingerAndTheFormTakesWhatThePhoneKnows() {
        browser.phoneSized();
        browser.visit("/");
        assertTappable("the article's way into booking", browser.driver().findElements(By.cssSelector(".work-on-this a")));

        BookingPage booking = new BookingPage(browser).open().chooseSessionType(BookingPage.COACHING_SESSION);
        assertTappable("month arrows", browser.driver().findElements(By.cssSelector(".month-header vaadin-button")));
        assertTappable("next free time", List.of(browser.find("vaadin-button.next-free")));
        assertTappable("free days", browser.driver().findElements(By.cssSelector(".month-grid button.day-free")));
        assertFitsTheWidth("the days");
        booking.chooseFirstFreeDay();
        assertTappable("times", browser.driver().findElements(By.cssSelector("vaadin-button.time")));
        assertFitsTheWidth("the times");
        booking.chooseFirstTime();
        assertTappable("Change", browser.driver().findElements(By.cssSelector(".step-summary vaadin-button")));

        assertThat(browser.find(".details-form vaadin-text-field[autocomplete='tel'] input").getDomProperty("type")).isEqualTo("tel");
        assertThat(browser.find(".details-form vaadin-email-field input").getDomAttribute("autocomplete")).isEqualTo("email");
        assertThat(browser.find(".details-form vaadin-text-field[autocomplete='name'] input").getDomAttribute("autocomplete")).isEqualTo("name");
        assertFitsTheWidth("the details");
        browser.assertAccessible("the details form on a phone");
        browser.screenshot("booking-details-on-a-phone");
    }

    /** Nothing is wider than the phone: no sideways scrolling. */
    private void assertFitsTheWidth(String state) {
        Object widths = browser.script("return [window.innerWidth, document.documentElement.scrollWidth]");
        assertThat(String.valueOf(widths)).as(state + ": [window, page] width").matches("\\[390, (3[0-8][0-9]|390)\\]");
    }

    private void assertTappable(String what, List<WebElement> targets) {
        assertThat(targets).as(what).isNotEmpty();
        for (WebElement target : targets) {
            double[] size = browser.sizeOf(target);
            assertThat(size[0]).as(what + " width: " + target.getText()).isGreaterThanOrEqualTo(SMALLEST_TAP);
            assertThat(size[1]).as(what + " height: " + target.getText()).isGreaterThanOrEqualTo(SMALLEST_TAP);
        }
    }
}
