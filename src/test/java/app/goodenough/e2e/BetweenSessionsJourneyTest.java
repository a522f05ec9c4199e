package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.insights.InsightsService;
import app.goodenough.insights.SectionFunnel;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.intake.IntakeService;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.DateFormats;
import app.goodenough.support.Browser;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.SignIn;
import app.goodenough.support.TestClock;
import app.goodenough.support.pages.BookingPage;
import app.goodenough.support.pages.CalendarPage;
import app.goodenough.support.pages.NoteEditorPage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 11, between sessions: a reader books from principle 3 answering an intake question;
 * the reminder's link leads to the check-in, answered on a phone-sized window; the coach sees
 * intake and check-in in the panel, writes a note with a shared takeaway and signs; the client
 * sees the takeaway and their own check-ins but no private word; the insights count the reader
 * under principle 3.
 */
class BetweenSessionsJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PRIVATE = "Private: the all-or-nothing talk about her manager.";
    static final String TAKEAWAY = "Send one report this week at 80 percent.";
    static final String QUESTION = "Where did you find the article?";

    @Autowired IntakeService intake;
    @Autowired InsightsService insights;
    @Autowired SignIn signInHere;
    @Autowired JdbcTemplate jdbc;
    SessionTypeId coaching;
    List<IntakeQuestion> demoQuestions;
    LocalDate bookingDay;

    @BeforeEach
    void theCoachAsksOneQuestion() {
        coaching = new SessionTypeId(jdbc.queryForObject("select t.id from session_type t join account a on a.id = t.coach_id "
                + "where a.email = ? and t.name = 'Coaching session'", UUID.class, Demo.COACH));
        demoQuestions = signInHere.during(Demo.COACH, () -> intake.myQuestions(coaching));
        signInHere.during(Demo.COACH, () -> intake.replaceMyQuestions(coaching,
                List.of(new IntakeQuestion(0, IntakeQuestion.Kind.CHOICE, QUESTION, List.of("A friend", "A search"), true))));
    }

    @AfterEach
    void theDemosQuestionsComeBack() {
        signInHere.during(Demo.COACH, () -> intake.replaceMyQuestions(coaching, demoQuestions));
    }

    @Test
    void fromPrincipleThreeToACheckInATakeawayAndTheInsights() {
        bookingDay = LocalDate.ofInstant(TestClock.get().instant(), ZoneOffset.UTC);
        SectionFunnel before = principleThree();
        String email = "between-" + UUID.randomUUID() + "@example.org";

        browser.visit("/");
        browser.click(".work-on-this a[href='/book?focus=black-and-white-thinking']");
        browser.waitForText("You'd like to work on: Black-and-white thinking.");
        new BookingPage(browser).chooseSessionType(BookingPage.COACHING_SESSION).nextMonth().chooseFirstFreeDay().chooseFirstTime();
        browser.clickText("vaadin-button", "Book this session");
        browser.waitForText("Please answer this question.");
        browser.clickText("vaadin-radio-button", "A friend");
        new BookingPage(browser).book("Robin Between", email);

        Instant start = jdbc.queryForObject("select b.starts_at from booking b join account a on a.id = b.client_id where a.email = ?",
                Timestamp.class, email).toInstant();
        String checkIn = path(jdbc.queryForObject("select text_body from outbox_message where kind = 'REMINDER' and recipient_email = ?",
                String.class, email), "/check-in/");
        browser.phoneSized();
        browser.visit(checkIn);
        browser.waitForText("How much has each of these weighed on you lately?");
        choose("3. Black-and-white thinking", "4");
        choose("4. Mistakes as growth", "1");
        browser.find(".check-in-fields vaadin-text-field input").sendKeys("Stop redoing finished work.");
        browser.clickText("vaadin-button", "Send my check-in");
        browser.waitForText("will see this before your session");
        browser.assertAccessible("the check-in on a phone");
        browser.screenshot("check-in-on-a-phone");

        TestClock.get().runFrom(start.plusSeconds(50 * 60));
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        signIn(Demo.COACH, Demo.PASSWORD);
        String time = DateFormats.of(Browser.LOCALE).time(start.atZone(BERLIN));
        CalendarPage calendar = new CalendarPage(browser).open("day", LocalDate.ofInstant(start, BERLIN))
                .openSession("Robin Between, Coaching session at " + time);
        assertThat(browser.pageText()).contains("Answers when booking", QUESTION, "A friend",
                "3. Black-and-white thinking: weighs 4 of 4", "Would like from the session: Stop redoing finished work.");
        NoteEditorPage note = calendar.writeNotes("Robin Between");
        note.body().sendKeys(PRIVATE);
        note.waitUntilSaved();
        browser.find(".takeaway vaadin-text-area textarea").sendKeys(TAKEAWAY);
        browser.waitForText("Not shared yet");
        browser.clickTextStartingWith("vaadin-button", "Share with Robin Between");
        browser.waitForText("will see this takeaway in My sessions");
        browser.clickText("vaadin-button", "Share");
        browser.waitForText("Shared with Robin Between");
        note.signAndLock();
        browser.screenshot("note-with-takeaway-signed");

        browser.open("/coach/insights");
        browser.waitForText("What each part of the article led to");
        browser.screenshot("insights");
        SectionFunnel after = principleThree();
        assertThat(after.opened()).isGreaterThan(before.opened());
        assertThat(after.booked()).isEqualTo(before.booked() + 1);
        assertThat(browser.pageText()).contains("3. Black-and-white thinking");

        browser.clickText("vaadin-button", "Sign out");
        jdbc.update("update account set password_hash = (select password_hash from account where email = ?) where email = ?", Demo.SAM, email);
        signIn(email, Demo.PASSWORD);
        browser.open("/my/sessions");
        browser.waitForText("From your sessions");
        assertThat(browser.pageText()).contains(TAKEAWAY, "Your check-ins").doesNotContain("all-or-nothing talk", "manager");
        browser.screenshot("my-sessions-with-takeaway");
    }

    /** Chooses a weight for a principle in the check-in. */
    private void choose(String principle, String weight) {
        browser.script("const group = [...document.querySelectorAll('vaadin-radio-group')].find(g => g.label === arguments[0]);"
                + "[...group.querySelectorAll('vaadin-radio-button')].find(r => r.textContent.trim() === arguments[1]).click();",
                principle, weight);
        browser.waitUntilIdle();
    }

    /** What principle 3's section led to around the day the reader booked, whatever the clock says later. */
    private SectionFunnel principleThree() {
        return signInHere.during(Demo.COACH, () -> insights.articleFunnel(bookingDay.minusDays(1), bookingDay.plusDays(1))).get(2);
    }

    private static String path(String text, String prefix) {
        Matcher found = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]+").matcher(text);
        assertThat(found.find()).as("a link " + prefix + "… in " + text).isTrue();
        return found.group();
    }
}
