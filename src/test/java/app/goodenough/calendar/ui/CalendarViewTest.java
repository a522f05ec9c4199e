package app.goodenough.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.availability.RuleSettings;
import app.goodenough.booking.BookingService;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.checkins.CheckInAnswers;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.checkins.CheckInService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.shared.DateFormats;
import app.goodenough.support.DomEvents;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CalendarViewTest extends ViewTest {

    @Autowired BookingService bookingService;
    @Autowired CoachCalendarService calendarService;
    @Autowired JdbcTemplate jdbc;
    @Autowired CheckInService checkIns;
    @Autowired CheckInLinks checkInLinks;
    TestPractice.Practice practice;
    LocalDate day;
    String readerEmail;
    Confirmation booked;

    @BeforeEach
    void aCoachWithOneBooking() {
        practice = testPractice.open("Europe/Berlin");
        day = TestClock.get().today(practice.zone()).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        Instant ten = day.atTime(10, 0).atZone(practice.zone()).toInstant();
        readerEmail = "week-" + UUID.randomUUID() + "@example.org";
        booked = bookingService.book(new BookingRequest(practice.session().id(), ten, "Week Reader", readerEmail, "", "not-always-on", "Too much on my plate.", "Asia/Tokyo",
                UUID.randomUUID()));
        signIn.as(practice.coach().email());
    }

    @Test
    void theWeekViewIsTheDefaultAndShowsTheBookingWhichOpensAndIsMarkedCompleted() {
        TestClock.get().runFrom(booked.booking().start().plusSeconds(60));
        open(Map.of("date", day.toString()));
        assertThat($(H1.class).single().getText()).startsWith("Week of");
        EntryBlock entry = $(EntryBlock.class).single();

        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));

        assertThat($(DescriptionList.Description.class).all()).extracting(DescriptionList.Description::getText)
                .contains("You don't have to be \"on\" all the time", "Too much on my plate.")
                .anySatisfy(text -> assertThat(text).contains("(Asia/Tokyo)"));
        assertThat($(Anchor.class).withText("Open Week Reader's story").single().getHref())
                .isEqualTo("coach/clients/" + booked.booking().clientId());
        test($(Button.class).withText("Mark completed").single()).click();

        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booked.booking().id().value()))
                .isEqualTo("COMPLETED");
        assertThat($(EntryBlock.class).single().getClassNames()).contains("status-completed");
    }

    @Test
    void theBookingPanelShowsTheIntakeAnswersAndTheClientsCheckIn() {
        String token = checkInLinks.tokenFor(booked.booking());
        checkIns.answerByLink(token, new CheckInAnswers(Map.of("black-and-white-thinking", 3), "Talk about the report."));
        jdbc.update("insert into intake_answer (booking_id, coach_id, position, prompt, answer) values (?, ?, 1, 'Who referred you?', 'A friend')",
                booked.booking().id().value(), practice.coach().id().value());
        open(Map.of("date", day.toString()));
        EntryBlock entry = $(EntryBlock.class).single();

        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));

        assertThat($(ListItem.class).withText("3. Black-and-white thinking: weighs 3 of 4").exists()).isTrue();
        assertThat($(DescriptionList.Description.class).all()).extracting(DescriptionList.Description::getText).contains("A friend");
        assertThat($(Paragraph.class).withText("Would like from the session: Talk about the report.").exists()).isTrue();
    }

    @Test
    void everyEntryShowsWhoAndItsEndAndAShortOneKeepsItsStatusOnItsFirstLine() {
        TestClock.get().runFrom(booked.booking().start().plusSeconds(60));
        calendarService.markNoShow(booked.booking().id());
        open(Map.of("date", day.toString(), "view", "day"));

        EntryBlock entry = $(EntryBlock.class).single();
        boolean shortSession = !practice.session().duration().minus(EntryBlock.SHORT).isPositive();
        assertThat(entry.getClassNames().contains("short")).isEqualTo(shortSession);
        Div head = $(Div.class).withClassName("entry-head").single();
        assertThat(head.getElement().getTextRecursively()).isEqualTo("10:00–" + DateFormats.current().time(
                booked.booking().end().atZone(practice.zone())) + "No-show");
        assertThat($(Span.class).withClassName("entry-client").single().getText()).isEqualTo("Week Reader");
        assertThat(entry.getElement().getAttribute("title")).contains(" at 10:00 until ");

        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));
        assertThat($(DescriptionList.Description.class).all()).extracting(DescriptionList.Description::getText)
                .anySatisfy(when -> assertThat(when).contains("10:00–").endsWith("(Europe/Berlin)"));
    }

    @Test
    void aTwentyMinuteCallIsDrawnShortWithWhoAndStatusBesideItsStart() {
        TestPractice.Practice calls = testPractice.open("Europe/Berlin", "09:00", "17:00",
                new RuleSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(2), 60, Duration.ofMinutes(30), Duration.ofHours(24),
                        Duration.ofHours(24)), new NewSessionType("Quick call", 20, "Twenty minutes.", "", "#3b7699"));
        Confirmation call = testPractice.bookFirstFreeTime(calls, 3, "Short Caller", "not-always-on");
        TestClock.get().runFrom(call.booking().start().plusSeconds(60));
        signIn.as(calls.coach().email());
        calendarService.markCompleted(call.booking().id());

        open(Map.of("date", call.booking().start().atZone(calls.zone()).toLocalDate().toString(), "view", "week"));

        EntryBlock entry = $(EntryBlock.class).single();
        assertThat(entry.getClassNames()).contains("short", "status-completed");
        assertThat($(Div.class).withClassName("entry-head").single().getElement().getTextRecursively()).endsWith("Completed");
        assertThat($(Span.class).withClassName("entry-client").single().getText()).isEqualTo("Short Caller");
    }

    @Test
    void aSessionStillToComeOffersNoOutcomeAndAnOutcomeCanBeUndoneForADay() {
        open(Map.of("date", day.toString()));
        EntryBlock entry = $(EntryBlock.class).single();
        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));
        assertThat($(Button.class).withText("Mark completed").exists()).isFalse();
        assertThat($(Button.class).withText("Mark no-show").exists()).isFalse();
        assertThat($(Paragraph.class).withClassName("outcome-later").single().getText()).contains("once the session has started");

        TestClock.get().runFrom(booked.booking().start().plusSeconds(60));
        open(Map.of("date", day.toString()));
        entry = $(EntryBlock.class).single();
        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));
        test($(Button.class).withText("Mark no-show").single()).click();
        entry = $(EntryBlock.class).single();
        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));
        test($(Button.class).withText("Undo no-show").single()).click();

        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booked.booking().id().value()))
                .isEqualTo("BOOKED");
        assertThat($(EntryBlock.class).single().getClassNames()).contains("status-booked");
    }

    @Test
    void aBookingOpensFromTheKeyboardWithEnterOrSpaceButNotWithOtherKeys() {
        open(Map.of("date", day.toString()));
        EntryBlock entry = $(EntryBlock.class).single();

        DomEvents.fire(entry.getElement(), "keydown", EntryBlock.PRESSING_KEY, false);
        assertThat($(Button.class).withText("Reschedule").exists()).as("another key, such as Tab").isFalse();

        DomEvents.fire(entry.getElement(), "keydown", EntryBlock.PRESSING_KEY, true);
        assertThat($(Button.class).withText("Reschedule").exists()).as("Enter or Space").isTrue();
    }

    @Test
    void dayMonthAndAgendaViewsShowTheSameBooking() {
        for (String view : new String[] {"day", "month", "agenda"}) {
            open(Map.of("view", view, "date", day.toString()));
            assertThat($(EntryBlock.class).all()).as(view).hasSize(1);
        }
        @SuppressWarnings("unchecked")
        Select<CalendarMode> mode = $(Select.class).withAriaLabel("View").single();
        assertThat(mode.getValue()).isEqualTo(CalendarMode.AGENDA);
    }

    @Test
    void aCancelledSessionAndItsReplacementStandSideBySide() {
        calendarService.cancel(booked.booking().id(), "Moved to a new booking");
        bookingService.book(new BookingRequest(practice.session().id(), booked.booking().start(), "Second Reader",
                "second-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID()));

        open(Map.of("view", "day", "date", day.toString()));

        assertThat($(EntryBlock.class).all()).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.getStyle().get("width")).isEqualTo("50.0%"))
                .extracting(entry -> entry.getStyle().get("left")).containsExactlyInAnyOrder("0.0%", "50.0%");
        assertThat($(EntryBlock.class).all()).filteredOn(entry -> entry.getClassNames().contains("status-cancelled")).hasSize(1);
    }

    @Test
    void aBookingThatWaitsForItsAddresssOwnerIsMarkedAndOffersNeitherTheirStoryNorNotes() {
        signIn.out();
        Instant later = bookingService.freeTimesOn(practice.session().id(), day, practice.zone()).getLast();
        bookingService.book(new BookingRequest(practice.session().id(), later, "Someone Else", readerEmail, "", null, "",
                "Europe/Berlin", UUID.randomUUID()));
        signIn.as(practice.coach().email());

        open(Map.of("view", "day", "date", day.toString()));
        EntryBlock waiting = $(EntryBlock.class).all().stream().filter(entry -> entry.getClassNames().contains("awaits-client"))
                .findFirst().orElseThrow();
        assertThat(waiting.getElement().getAttribute("title")).startsWith("Someone Else, ").endsWith(", to be confirmed");
        ComponentUtil.fireEvent(waiting, new ClickEvent<>(waiting));

        assertThat($(DescriptionList.Description.class).all()).extracting(DescriptionList.Description::getText)
                .anySatisfy(text -> assertThat(text).contains("waiting for its owner to confirm it"));
        assertThat($(Anchor.class).withTextContaining("'s story").exists()).isFalse();
        assertThat($(Button.class).withText("Write notes").exists()).isFalse();
        assertThat($(Button.class).withText("Reschedule").exists()).isTrue();
    }

    @Test
    void nonsenseInTheAddressFallsBackToThisWeek() {
        open(Map.of("view", "<script>", "date", "yesterday"));

        assertThat($(H1.class).single().getText()).startsWith("Week of");
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(CalendarView.class, QueryParameters.simple(parameters));
    }
}
