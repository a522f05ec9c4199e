package app.goodenough.support.pages;

import app.goodenough.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
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

    /** Ticks "Repeat as a series", every week, with this many sessions, and waits for the list of them. */
    public AppointmentDialogPage weeklySeriesOf(int sessions) {
        browser.clickText("vaadin-checkbox", "Repeat as a series");
        WebElement count = browser.find(".series-fields vaadin-integer-field input");
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(sessions), Keys.TAB);
        browser.waitUntilIdle();
        return this;
    }

    /** The series' sessions as the dialog lists them, each with how it fits. */
    public List<String> seriesSessions() {
        return browser.driver().findElements(By.cssSelector(".series-sessions li")).stream().map(WebElement::getText).toList();
    }

    public void bookTheFreeSessions() {
        browser.clickText("vaadin-button", "Book the free sessions");
        browser.waitUntilIdle();
    }

    public void book() {
        browser.clickText("vaadin-button", "Book appointment");
    }
}
