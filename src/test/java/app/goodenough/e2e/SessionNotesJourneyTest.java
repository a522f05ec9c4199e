package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.DateFormats;
import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.SignIn;
import app.goodenough.support.TestClock;
import app.goodenough.support.pages.CalendarPage;
import app.goodenough.support.pages.NoteEditorPage;
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
        TestClock.get().runFrom(session.booking().start().plusSeconds(50 * 60));

        signIn(Demo.COACH, Demo.PASSWORD);
        NoteEditorPage note = new CalendarPage(browser).open("day", day).openSession("Sam Rivera, Coaching session at " + time)
                .writeNotes("Sam Rivera");
        String notePath = browser.currentPath();
        assertThat(notePath).startsWith("/coach/notes/edit/");

        note.body().sendKeys(SAVED_PART);
        note.waitUntilSaved();
        typeWithoutPausing(note, 12);
        browser.driver().navigate().refresh();
        browser.waitUntilIdle();
        assertThat(note.body().getDomProperty("value")).startsWith(SAVED_PART + " w00 w01 w02 w03 w04 w05");

        note.tick("3. Black-and-white thinking");
        note.body().sendKeys(" " + SECRET);
        note.signAndLock();
        assertThat(note.isEditable()).isFalse();
        assertThat(jdbc.queryForMap("select signed_at is not null as signed, body from note where booking_id = ?",
                session.booking().id().value())).containsEntry("signed", true).extractingByKey("body").asString().endsWith(SECRET);
        note.addAddendum("Two days later: Sam kept the evening offline.");

        browser.open("/coach/notes");
        browser.find("vaadin-text-field.search-words input").sendKeys("eleven");
        browser.click("vaadin-select");
        browser.clickText("vaadin-select-item", "3. Black-and-white thinking");
        browser.clickText("vaadin-button", "Search");
        browser.click("a[href='" + notePath.substring(1) + "']");
        browser.waitForText("Note on Sam Rivera");

        note.openClientStory("Sam Rivera");
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
    private static void typeWithoutPausing(NoteEditorPage note, int words) {
        for (int i = 0; i < words; i++) {
            note.body().sendKeys(String.format(" w%02d", i));
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String storyRow(String principle) {
        return browser.driver().findElements(By.cssSelector(".principle-story-table tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith(principle))
                .findFirst().orElseThrow();
    }
}
