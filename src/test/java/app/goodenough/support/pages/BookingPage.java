package app.goodenough.support.pages;

import app.goodenough.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The booking flow at {@code /book} as a reader uses it: a kind of session, a day, a time, their details. */
public final class BookingPage {

    public static final String COACHING_SESSION = "Coaching session, 50 minutes";

    private final Browser browser;

    public BookingPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the booking page afresh. */
    public BookingPage open() {
        browser.open("/book");
        return this;
    }

    /** Chooses a kind of session by its label, such as {@link #COACHING_SESSION}. */
    public BookingPage chooseSessionType(String label) {
        browser.click("vaadin-button[aria-label='" + label + "']");
        return this;
    }

    /** Waits until the page has read the reader's zone from the browser. */
    public BookingPage inZone(String zone) {
        browser.waitForInputValue("vaadin-combo-box.reader-zone", zone);
        return this;
    }

    public String nextFreeText() {
        return browser.find("vaadin-button.next-free").getText().strip();
    }

    public BookingPage followNextFree() {
        browser.click("vaadin-button.next-free");
        return this;
    }

    public String monthTitle() {
        return browser.find(".month-header h3").getText();
    }

    public String firstWeekday() {
        return browser.find(".month-grid .weekday").getText();
    }

    public WebElement firstFreeDay() {
        return browser.find(".month-grid button.day-free");
    }

    public BookingPage chooseFirstFreeDay() {
        browser.click(".month-grid button.day-free");
        return this;
    }

    /** Chooses the last free day of the month shown. */
    public BookingPage chooseLastFreeDay() {
        browser.find(".month-grid button.day-free");
        return chooseDay(browser.driver().findElements(By.cssSelector(".month-grid button.day-free")).getLast());
    }

    public BookingPage nextMonth() {
        browser.click("vaadin-button[aria-label='Next month']");
        return this;
    }

    /** Chooses the day with this accessible name (such as "Tuesday, 8 December 2026"), moving up to three months on. */
    public BookingPage chooseDay(String label) {
        for (int month = 0; month < 3 && !browser.exists(".month-grid button[aria-label='" + label + "']"); month++) {
            nextMonth();
        }
        browser.click(".month-grid button[aria-label='" + label + "']");
        return this;
    }

    public BookingPage chooseDay(WebElement day) {
        day.click();
        browser.waitUntilIdle();
        return this;
    }

    /** The free times of the day chosen, as the buttons say them. */
    public List<String> times() {
        return browser.driver().findElements(By.cssSelector("vaadin-button.time")).stream().map(time -> time.getText().strip()).toList();
    }

    public BookingPage chooseTime(String time) {
        browser.clickText("vaadin-button.time", time);
        return this;
    }

    /** Chooses the first time of the day and returns what its button said. */
    public String chooseFirstTime() {
        String time = browser.find("vaadin-button.time").getText().strip();
        browser.click("vaadin-button.time");
        return time;
    }

    /** Chooses the last time of the day. */
    public BookingPage chooseLastTime() {
        WebElement last = browser.driver().findElements(By.cssSelector("vaadin-button.time")).getLast();
        last.click();
        browser.waitUntilIdle();
        return this;
    }

    /** Fills in the reader's name and address and books; waits for the confirmation. */
    public BookingPage book(String name, String email) {
        browser.find(".details-form vaadin-text-field input").sendKeys(name);
        browser.find(".details-form vaadin-email-field input").sendKeys(email);
        browser.clickText("vaadin-button", "Book this session");
        browser.waitForText("You're booked");
        return this;
    }

    /** The address of the calendar file the confirmation offers. */
    public String calendarFileAddress() {
        return browser.find("a.calendar-file").getAttribute("href");
    }
}
