package app.goodenough.support.pages;

import app.goodenough.support.Browser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The coach's calendar at {@code /coach/calendar}: its views, a session's panel, new appointments and blocked time. */
public final class CalendarPage {

    private static final int FIRST_MINUTE = 7 * 60;
    private static final int LAST_MINUTE = 21 * 60;

    private final Browser browser;

    public CalendarPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens a view ("day", "week", "month", "agenda") around a date. */
    public CalendarPage open(String view, LocalDate date) {
        browser.open("/coach/calendar?view=" + view + "&date=" + date);
        return this;
    }

    /** The CSS classes of the entry whose accessible name starts with {@code label} (a client's name, then type and time). */
    public String entryClasses(String label) {
        return browser.find(entry(label)).getAttribute("class");
    }

    /** Opens a session's panel by the start of its entry's accessible name and waits for its details. */
    public CalendarPage openSession(String label) {
        browser.click(entry(label));
        browser.waitForText("What brings them");
        return this;
    }

    /** The text of every entry in the view, as its accessible name says it. */
    public List<String> entries() {
        return browser.driver().findElements(By.cssSelector(".entry")).stream().map(entry -> entry.getAttribute("aria-label")).toList();
    }

    public CalendarPage markCompleted() {
        browser.clickText("vaadin-button", "Mark completed");
        return this;
    }

    /** From an open session's panel to its note. */
    public NoteEditorPage writeNotes(String clientName) {
        browser.clickText("vaadin-button", "Write notes");
        browser.waitForText("Note on " + clientName);
        return new NoteEditorPage(browser);
    }

    /** Blocks the hours the dialog suggests (13:00 to 17:00) on the day shown. */
    public CalendarPage blockSuggestedHours() {
        browser.clickText("vaadin-button", "Block time");
        browser.clickText("vaadin-button", "Block");
        return this;
    }

    /**
     * Clicks free time in the week view, in the column of {@code day} (weeks start on Monday) at
     * {@code time} on the grid's 07:00–21:00 scale, and waits for "New appointment" to open.
     */
    public AppointmentDialogPage clickFreeTime(DayOfWeek day, LocalTime time) {
        WebElement column = browser.driver().findElements(By.cssSelector(".day-column .day-body")).get(day.getValue() - 1);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", column);
        double height = browser.sizeOf(column)[1];
        double fromTop = (time.toSecondOfDay() / 60.0 - FIRST_MINUTE) / (LAST_MINUTE - FIRST_MINUTE) * height;
        new Actions(browser.driver()).moveToElement(column, 0, (int) Math.round(fromTop - height / 2) + 2).click().perform();
        browser.waitUntilIdle();
        return new AppointmentDialogPage(browser).shown();
    }

    public AppointmentDialogPage newAppointment() {
        browser.clickText("vaadin-button", "New appointment");
        return new AppointmentDialogPage(browser).shown();
    }

    public boolean showsABlock() {
        return browser.exists(".blocked");
    }

    private static String entry(String label) {
        return ".entry[aria-label^='" + label + "']";
    }
}
