package app.goodenough.busytimes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.CalendarServer;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adding, reading and removing another calendar on the coach's Calendar sync page. */
class BusyCalendarsPanelTest extends ViewTest {

    CalendarServer server = new CalendarServer();

    @BeforeEach
    void aCoachOnHerSyncPage() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
        open("coach/calendar-sync");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aCalendarIsAddedReadAndRemoved() {
        String address = server.serve("/private.ics", CalendarServer.calendarFile());
        test($(TextField.class).withLabel("Name").single()).setValue("Private");
        test($(TextField.class).withLabel("iCalendar address").single()).setValue(address);

        test($(Button.class).withText("Add calendar").single()).click();

        assertThat($(Span.class).withText("Private · 127.0.0.1").exists()).isTrue();
        assertThat($(Span.class).withText("Last read just now").exists()).isTrue();
        test($(Button.class).withText("Remove").single()).click();
        assertThat($(Span.class).withText("Private · 127.0.0.1").exists()).isFalse();
    }

    @Test
    void herWeekShowsTheBusyTimesGreyAndTheyCannotBeRemovedThere() {
        LocalDate day = TestClock.get().today(ZoneId.of("Europe/Berlin")).plusDays(2);
        Instant ten = day.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        test($(TextField.class).withLabel("Name").single()).setValue("Private");
        test($(TextField.class).withLabel("iCalendar address").single())
                .setValue(server.serve("/private.ics", CalendarServer.calendarFile(CalendarServer.busyEvent("dentist", ten, ten.plusSeconds(3600)))));
        test($(Button.class).withText("Add calendar").single()).click();

        open("coach/calendar?view=day&date=" + day);

        Div busy = $(Div.class).withClassName("busy-elsewhere").single();
        assertThat(busy.getElement().getTextRecursively()).isEqualTo("Busy in another calendar");
        assertThat(ComponentUtil.hasEventListener(busy, ClickEvent.class)).isFalse();
        assertThat($(Div.class).withClassName("blocked").exists()).isFalse();
    }

    @Test
    void theEventsTitlesShowInHerWeekOnlyWhenSheAskedForThem() {
        LocalDate day = TestClock.get().today(ZoneId.of("Europe/Berlin")).plusDays(2);
        Instant ten = day.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        test($(TextField.class).withLabel("Name").single()).setValue("Private");
        test($(TextField.class).withLabel("iCalendar address").single())
                .setValue(server.serve("/private.ics", CalendarServer.calendarFile(CalendarServer.busyEvent("dentist", ten, ten.plusSeconds(3600)))));
        test($(Checkbox.class).withLabel("Show the events' titles in my calendar (only I see them)").single()).click();
        test($(Button.class).withText("Add calendar").single()).click();

        open("coach/calendar?view=day&date=" + day);

        assertThat($(Div.class).withClassName("busy-elsewhere").single().getElement().getTextRecursively()).isEqualTo("Dentist");
    }

    @Test
    void anAddressThatCannotBeReadIsSaidAtTheField() {
        String address = server.serve("/secret.ics", 401, new byte[0]);
        test($(TextField.class).withLabel("Name").single()).setValue("Private");
        TextField field = $(TextField.class).withLabel("iCalendar address").single();
        test(field).setValue(address);

        test($(Button.class).withText("Add calendar").single()).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("This calendar could not be read: the server answered 401.");
        assertThat(field.getValue()).isEqualTo(address);
    }

    @Test
    void theTimeSinceTheLastReadIsSaidInWords() {
        assertThat(LastRead.ago(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(LastRead.ago(Duration.ofMinutes(40))).isEqualTo("40 minutes ago");
        assertThat(LastRead.ago(Duration.ofMinutes(61))).isEqualTo("an hour ago");
        assertThat(LastRead.ago(Duration.ofHours(30))).isEqualTo("30 hours ago");
        assertThat(LastRead.ago(Duration.ofDays(3))).isEqualTo("3 days ago");
    }
}
