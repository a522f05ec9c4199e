package app.goodenough.support.pages;

import app.goodenough.support.Browser;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "New appointment" in the coach's calendar. */
public final class AppointmentDialogPage {

    private final Browser browser;

    AppointmentDialogPage(Browser browser) {
        this.browser = browser;
    }

    AppointmentDialogPage shown() {
        browser.waitForText("Book appointment");
        return this;
    }

    /** The start time the dialog shows, as typed in its field. */
    public String startTime() {
        return browser.find("vaadin-time-picker input").getDomProperty("value");
    }

    public AppointmentDialogPage forSomeoneNew(String name, String email) {
        browser.clickText("vaadin-radio-button", "Someone new");
        browser.find("vaadin-text-field input").sendKeys(name);
        browser.find("vaadin-email-field input").sendKeys(email);
        return this;
    }

    /** Chooses the client whose name starts with {@code name} from the coach's clients. */
    public AppointmentDialogPage forClient(String name) {
        browser.find("vaadin-combo-box input").sendKeys(name);
        browser.clickTextStartingWith("vaadin-combo-box-item", name);
        return this;
    }

    public AppointmentDialogPage at(String time) {
        WebElement input = browser.find("vaadin-time-picker input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), time, Keys.ENTER);
        browser.waitUntilIdle();
        return this;
    }

    public AppointmentDialogPage outsideMyHoursAllTheSame() {
        browser.click("vaadin-checkbox.outside-hours label");
        return this;
    }

    public void book() {
        browser.clickText("vaadin-button", "Book appointment");
    }
}
