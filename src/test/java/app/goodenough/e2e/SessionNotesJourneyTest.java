package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.base.DateFormats;
import app.goodenough.booking.BookingService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.SignIn;
import app.goodenough.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys 5 and 6: the demo coach opens Sam's session from the calendar, writes a note tagged
 * "black-and-white thinking", reloads while still typing and finds all but the last seconds of
 * the text, signs it, cannot edit it any
 * more, adds an addendum, finds it by a word with the principle filter and sees it in Sam's
 * principle story; signed in as Sam, no page shows the note.
 */
class SessionNotesJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String SAVED_PART = "Sam counted the word always eleven times this week.";
    static final String SECRET = "Kept private: the story about the sister's wedding.";

    @Autowired BookingService bookingService;
    @Autowired SignIn samSignedIn;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCoachWritesSignsAndFindsANoteThatSamNeverSees() {
        Confirmation session = samBooksASession();
        LocalDate day = LocalDate.ofInstant(session.booking().start(), BERLIN);
        String time = DateFormats.of(Browser.LOCALE).time(session.booking().start().atZone(BERLIN));

        signIn(Demo.COACH, Demo.PASSWORD);
        browser.open("/coach/calendar?view=day&date=" + day);
        browser.click(".entry[aria-label^='Sam Rivera, Coaching session at " + time + "']");
        browser.clickText("vaadin-button", "Write notes");
        browser.waitForText("Note on Sam Rivera");
        String notePath = browser.currentPath();
        assertThat(notePath).startsWith("/coach/notes/edit/");

        noteText().sendKeys(SAVED_PART);
        browser.waitForText("Saved at");
        typeWithoutPausing(12);
        browser.driver().navigate().refresh();
        browser.waitUntilIdle();
        assertThat(noteText().getDomProperty("value")).startsWith(SAVED_PART + " w00 w01 w02 w03 w04 w05");

        browser.clickText("vaadin-checkbox", "3. Black-and-white thinking");
        noteText().sendKeys(" " + SECRET);
        browser.clickText("vaadin-button", "Sign and lock");
        browser.waitForText("Signed ");
        assertThat(browser.exists("vaadin-text-area.note-body")).isFalse();
        assertThat(jdbc.queryForMap("select signed_at is not null as signed, body from note where booking_id = ?",
                session.booking().id().value())).containsEntry("signed", true).extractingByKey("body").asString().endsWith(SECRET);
        browser.find("vaadin-text-area.addendum-text textarea").sendKeys("Two days later: Sam kept the evening offline.");
        browser.clickText("vaadin-button", "Add dated addendum");
        browser.waitForText("kept the evening offline");

        browser.open("/coach/notes");
        browser.find("vaadin-text-field.search-words input").sendKeys("eleven");
        browser.click("vaadin-select");
        browser.clickText("vaadin-select-item", "3. Black-and-white thinking");
        browser.clickText("vaadin-button", "Search");
        browser.click("a[href='" + notePath.substring(1) + "']");
        browser.waitForText("Note on Sam Rivera");

        browser.clickText("a", "Sam Rivera's story");
        browser.waitForText("The principle story in words");
        assertThat(browser.find("svg.principle-story").getDomAttribute("aria-label")).contains("moments");
        assertThat(storyRow("3. Black-and-white thinking")).contains(DateFormats.of(Browser.LOCALE).date(day));

        browser.clickText("vaadin-button", "Sign out");
        signIn(Demo.SAM, Demo.PASSWORD);
        for (String path : new String[] {notePath, "/coach/notes", "/coach/clients/" + session.booking().clientId(), "/coach/calendar",
                "/home"}) {
            browser.open(path);
            assertThat(browser.pageText()).doesNotContain("eleven times", "sister's wedding", "kept the evening offline");
            if (path.startsWith("/coach")) {
                assertThat(browser.pageText()).contains("This page isn't available to you");
            }
        }
    }

    private Confirmation samBooksASession() {
        SessionTypeId coaching = new SessionTypeId(jdbc.queryForObject("""
                select t.id from session_type t join account a on a.id = t.coach_id
                where a.email = ? and t.name = 'Coaching session'
                """, UUID.class, Demo.COACH));
        LocalDate day = TestClock.get().today(BERLIN).plusDays(20);
        while (bookingService.freeTimesOn(coaching, day, BERLIN).isEmpty()) {
            day = day.plusDays(1);
        }
        Instant start = bookingService.freeTimesOn(coaching, day, BERLIN).getFirst();
        return samSignedIn.during(Demo.SAM, () -> bookingService.book(new BookingRequest(coaching, start, "Sam Rivera", Demo.SAM, "",
                "not-always-on", "Back to the all-or-nothing story.", BERLIN.getId(), UUID.randomUUID())));
    }

    /** Types a word every half second for a while, as someone who writes without stopping. */
    private void typeWithoutPausing(int words) {
        for (int i = 0; i < words; i++) {
            noteText().sendKeys(String.format(" w%02d", i));
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private WebElement noteText() {
        return browser.find("vaadin-text-area.note-body textarea");
    }

    private String storyRow(String principle) {
        return browser.driver().findElements(By.cssSelector(".principle-story-table tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith(principle))
                .findFirst().orElseThrow();
    }
}
