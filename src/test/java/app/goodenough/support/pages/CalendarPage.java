package app.goodenough.support.pages;

import app.goodenough.support.Browser;
import java.time.LocalDate;

/** The coach's calendar at {@code /coach/calendar}: its views, a session's panel and blocked time. */
public final class CalendarPage {

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

    public boolean showsABlock() {
        return browser.exists(".blocked");
    }

    private static String entry(String label) {
        return ".entry[aria-label^='" + label + "']";
    }
}
