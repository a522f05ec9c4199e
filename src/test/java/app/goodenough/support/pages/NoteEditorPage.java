package app.goodenough.support.pages;

import app.goodenough.support.Browser;
import org.openqa.selenium.WebElement;

/** The note editor at {@code /coach/notes/edit/<id>}: the draft's text, principles, signing and addenda. */
public final class NoteEditorPage {

    private final Browser browser;

    public NoteEditorPage(Browser browser) {
        this.browser = browser;
    }

    /** The draft's text area, to type into or read. */
    public WebElement body() {
        return browser.find("vaadin-text-area.note-body textarea");
    }

    public NoteEditorPage waitUntilSaved() {
        browser.waitForText("Saved at");
        return this;
    }

    /** Ticks a principle by its label, such as "3. Black-and-white thinking". */
    public NoteEditorPage tick(String principle) {
        browser.clickText("vaadin-checkbox", principle);
        return this;
    }

    /** Asks to sign, reads the question naming what will be frozen, and confirms. */
    public NoteEditorPage signAndLock() {
        browser.clickText("vaadin-button", "Sign and lock…");
        browser.waitForText("You can only add addenda after.");
        browser.assertAccessible("the question before signing");
        browser.clickText("vaadin-button", "Sign and lock");
        browser.waitForText("Signed ");
        return this;
    }

    public boolean isEditable() {
        return browser.exists("vaadin-text-area.note-body");
    }

    public NoteEditorPage addAddendum(String text) {
        browser.find("vaadin-text-area.addendum-text textarea").sendKeys(text);
        browser.clickText("vaadin-button", "Add dated addendum");
        browser.waitForText(text.substring(0, Math.min(20, text.length())));
        return this;
    }

    /** From the note to its client's story. */
    public void openClientStory(String clientName) {
        browser.clickText("a", clientName + "'s story");
        browser.waitForText("The principle story in words");
    }
}
