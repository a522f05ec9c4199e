package app.goodenough.today.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.busytimes.ExternalCalendarService;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.notes.ui.NoteEditorView;
import app.goodenough.practice.ui.PrincipleCard;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.CalendarServer;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CoachHomeViewTest extends ViewTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CoachCalendarService calendar;
    @Autowired ExternalCalendarService otherCalendars;

    @Test
    void theCoachSeesTheirDayThenTheSevenPrinciplesInTheirColours() {
        signIn.as(Demo.COACH);
        navigate(CoachHomeView.class);

        int clients = jdbc.queryForObject("select count(*) from coach_client c join account a on a.id = c.coach_id where a.email = ?",
                Integer.class, Demo.COACH);
        assertThat($(Paragraph.class).withTextContaining("Europe/Berlin").single().getText())
                .endsWith(" · Your practice runs on Europe/Berlin time and has " + clients + " clients.");
        assertThat($(H2.class).all()).extracting(H2::getText)
                .containsSubsequence("Today", "Tomorrow", "Notes to write", "This week", "The seven principles");
        assertThat($(PrincipleCard.class).all()).hasSize(7)
                .first().satisfies(card -> assertThat(card.getStyle().get("--principle-colour")).isEqualTo("#b8643c"));
        assertThat($(H3.class).all()).extracting(H3::getText)
                .startsWith("Perfectionism isn't all bad")
                .contains("Black-and-white thinking")
                .endsWith("Redefine success in relationships");
    }

    @Test
    void aCalendarThatCouldNotBeReadIsSaidOnHerHomeWithSinceWhenAndWhy() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
        try (CalendarServer server = new CalendarServer()) {
            String address = server.serve("/private.ics", CalendarServer.calendarFile());
            otherCalendars.add("Private", address, true, false);
            navigate(CoachHomeView.class);
            assertThat($(Section.class).withClassName("unread-calendars").exists()).as("nothing to say while it reads").isFalse();

            server.serve("/private.ics", 401, new byte[0]);
            TestClock.get().runFrom(TestClock.get().instant().plusSeconds(40 * 60));
            otherCalendars.refreshMine();
        }

        navigate(CoachHomeView.class);

        assertThat($(Section.class).withClassName("unread-calendars").single().getElement().getTextRecursively())
                .contains("Private · Last read 40 minutes ago: the last try failed, the server answered 401");
    }

    @Test
    void todaysSessionShowsWhoWithTheFocusAndACompletedOneLeadsToItsNote() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Confirmation session = testPractice.bookFirstFreeTime(practice, 3, "Homey Reader", "not-always-on");
        TestClock.get().freezeAt(session.booking().start().plusSeconds(40 * 60));
        signIn.as(practice.coach().email());
        calendar.markCompleted(session.booking().id());

        navigate(CoachHomeView.class);

        Section today = $(Section.class).withClassName("day-sessions").first();
        assertThat(today.getElement().getTextRecursively()).contains("Homey Reader", "focus: You don't have to be \"on\" all the time", "completed");
        Section notes = $(Section.class).withClassName("notes-to-write").single();
        assertThat(notes.getElement().getTextRecursively()).contains("Homey Reader");
        test($(Button.class).withText("Write the note").single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(NoteEditorView.class);
    }
}
