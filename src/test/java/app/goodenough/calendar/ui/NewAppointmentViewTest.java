package app.goodenough.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.appointments.ui.AppointmentDialog;
import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.DomEvents;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** "New appointment" in the coach's calendar, from the toolbar and from a click on free time in the week. */
class NewAppointmentViewTest extends ViewTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TimeBlockService timeBlocks;
    TestPractice.Practice practice;
    Confirmation readers;
    LocalDate monday;

    @BeforeEach
    void aCoachWithOneClient() {
        practice = testPractice.open("Europe/Berlin");
        readers = testPractice.bookFirstFreeTime(practice, 8);
        monday = TestClock.get().today(practice.zone()).plusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        signIn.as(practice.coach().email());
        UI.getCurrent().navigate(CalendarView.class, QueryParameters.simple(Map.of("view", "week", "date", monday.toString())));
    }

    @Test
    void theCoachBooksAClientFromTheToolbarAndSeesTheSessionInTheWeek() {
        test($(Button.class).withText("New appointment").single()).click();
        assertThat($(DatePicker.class).withLabel("Day").single().getValue()).isEqualTo(monday);

        chooseClient(readers.clientName());
        test($(TimePicker.class).withLabel("Start").single()).setValue(LocalTime.of(13, 15));
        assertThat($(TimePicker.class).withLabel("Start").single().getHelperText()).isEqualTo("Until 14:05");
        test($(Button.class).withText("Book appointment").single()).click();

        assertThat($(AppointmentDialog.class).exists()).isFalse();
        assertThat($(EntryBlock.class).all()).anySatisfy(entry ->
                assertThat(entry.getElement().getAttribute("aria-label")).startsWith(readers.clientName()).contains("13:15"));
        assertThat(bookingsOfTheCoach()).isEqualTo(2);
    }

    @Test
    void aClickOnFreeTimeOpensTheDialogOnThatDayAtTheQuarterHourClicked() {
        Div wednesday = $(Div.class).withClassName("day-body").all().get(3);
        ObjectNode click = JsonNodeFactory.instance.objectNode()
                .put(TimeGrid.CLICKED_AT, 500.0).put(TimeGrid.HEIGHT, 1000.0).put(TimeGrid.ON_FREE_SPACE, true);

        DomEvents.fire(wednesday.getElement(), "click", click);

        assertThat($(DatePicker.class).withLabel("Day").single().getValue()).isEqualTo(monday.plusDays(2));
        assertThat($(TimePicker.class).withLabel("Start").single().getValue()).as("halfway down 07:00–21:00").isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void aClickOnABookingOrABlockIsNotAClickOnFreeTime() {
        ObjectNode click = JsonNodeFactory.instance.objectNode()
                .put(TimeGrid.CLICKED_AT, 500.0).put(TimeGrid.HEIGHT, 1000.0).put(TimeGrid.ON_FREE_SPACE, false);

        DomEvents.fire($(Div.class).withClassName("day-body").all().get(3).getElement(), "click", click);

        assertThat($(AppointmentDialog.class).exists()).isFalse();
    }

    @Test
    void aTimeOutsideWorkingHoursIsSaidAndBookedOnceTheCoachTicksThatSheMeansIt() {
        test($(Button.class).withText("New appointment").single()).click();
        chooseClient(readers.clientName());
        test($(TimePicker.class).withLabel("Start").single()).setValue(LocalTime.of(16, 0));
        assertThat($(Checkbox.class).withLabel("Book it outside my working hours").exists()).as("16:00–16:50 is inside").isFalse();

        test($(TimePicker.class).withLabel("Start").single()).setValue(LocalTime.of(18, 0));
        Checkbox outside = $(Checkbox.class).withLabel("Book it outside my working hours").single();
        assertThat(outside.getHelperText()).isEqualTo("This time is outside your working hours.");
        test($(Button.class).withText("Book appointment").single()).click();
        assertThat(outside.isInvalid()).isTrue();
        assertThat(outside.getErrorMessage()).contains("Tick the box");
        assertThat(bookingsOfTheCoach()).isEqualTo(1);

        test(outside).click();
        test($(Button.class).withText("Book appointment").single()).click();
        assertThat($(AppointmentDialog.class).exists()).isFalse();
        assertThat(bookingsOfTheCoach()).isEqualTo(2);
    }

    @Test
    void someoneNewIsBookedByNameAndAddressAndAMistypedAddressIsSaidAtItsField() {
        test($(Button.class).withText("New appointment").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> who = $(RadioButtonGroup.class).withLabel("For").single();
        who.setValue(who.getListDataView().getItems().filter(kind -> kind.toString().equals("NEW")).findFirst().orElseThrow());
        test($(TextField.class).withLabel("Name").single()).setValue("Robin New");
        EmailField email = $(EmailField.class).withLabel("Email").single();
        test(email).setValue("robin@");
        test($(TimePicker.class).withLabel("Start").single()).setValue(LocalTime.of(15, 0));

        test($(Button.class).withText("Book appointment").single()).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(bookingsOfTheCoach()).isEqualTo(1);

        String address = "robin-" + UUID.randomUUID() + "@example.org";
        test(email).setValue(address);
        test($(Button.class).withText("Book appointment").single()).click();
        assertThat($(AppointmentDialog.class).exists()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from booking b join account a on a.id = b.client_id where a.email = ?",
                Integer.class, address)).isEqualTo(1);
    }

    @Test
    void bookingForOneOfMyClientsWithoutChoosingOneSaysSoAtTheClientField() {
        test($(Button.class).withText("New appointment").single()).click();
        test($(TimePicker.class).withLabel("Start").single()).setValue(LocalTime.of(15, 0));

        test($(Button.class).withText("Book appointment").single()).click();

        @SuppressWarnings("unchecked")
        ComboBox<ClientSummary> client = $(ComboBox.class).withLabel("Client").single();
        assertThat(client.isInvalid()).isTrue();
        assertThat(client.getErrorMessage()).contains("Choose one of your clients");
        assertThat(bookingsOfTheCoach()).isEqualTo(1);
    }

    @Test
    void aWeeklySeriesListsEverySessionWithWhatStandsInTheWayBooksTheFreeOnesAndCancelsTheSecondWithTheLaterOnes() {
        LocalTime ten = LocalTime.of(10, 0);
        timeBlocks.block(monday.plusWeeks(2), TimeWindow.of("09:30", "11:00"), "Conference");
        test($(Button.class).withText("New appointment").single()).click();
        test($(TimePicker.class).withLabel("Start").single()).setValue(ten);
        test($(Checkbox.class).withLabel("Repeat as a series").single()).click();
        assertThat($(Paragraph.class).withText("Choose the client, and the sessions of the series show here.").exists()).isTrue();
        chooseClient(readers.clientName());
        $(IntegerField.class).withLabel("Sessions").single().setValue(4);

        List<String> sessions = $(ListItem.class).all().stream().filter(item -> item.getParent().map(parent -> parent instanceof OrderedList)
                .orElse(false)).map(ListItem::getText).toList();
        assertThat(sessions).hasSize(4);
        assertThat(sessions.get(2)).endsWith("overlaps blocked time");
        assertThat($(Paragraph.class).withText("3 of 4 sessions are free. Book the free ones only, or change the time.").exists()).isTrue();
        test($(Button.class).withText("Book the free sessions").single()).click();

        assertThat($(AppointmentDialog.class).exists()).isFalse();
        assertThat(bookingsOfTheCoach()).isEqualTo(4);
        assertThat(jdbc.queryForList("select series_position from booking where coach_id = ? and series_id is not null order by starts_at",
                Integer.class, practice.coach().id().value())).containsExactly(1, 2, 4);

        UI.getCurrent().navigate(CalendarView.class, QueryParameters.simple(Map.of("view", "week", "date", monday.plusWeeks(1).toString())));
        EntryBlock second = $(EntryBlock.class).all().stream().filter(entry -> entry.getElement().getAttribute("aria-label")
                .contains("· 2 of 4")).findFirst().orElseThrow();
        ComponentUtil.fireEvent(second, new ClickEvent<>(second));
        assertThat($(Paragraph.class).withText("Session 2 of 4 · every week").exists()).isTrue();
        test($(Button.class).withText("Cancel this and all later…").single()).click();
        test($(Button.class).withText("Cancel them").single()).click();

        assertThat(jdbc.queryForList("select status from booking where coach_id = ? and series_id is not null order by starts_at",
                String.class, practice.coach().id().value())).containsExactly("BOOKED", "CANCELLED", "CANCELLED");
        assertThat($(EntryBlock.class).all()).anySatisfy(entry -> assertThat(entry.getClassNames()).contains("status-cancelled"));
    }

    private void chooseClient(String name) {
        @SuppressWarnings("unchecked")
        ComboBox<ClientSummary> client = $(ComboBox.class).withLabel("Client").single();
        client.setValue(client.getListDataView().getItems().filter(summary -> summary.name().equals(name)).findFirst().orElseThrow());
    }

    private int bookingsOfTheCoach() {
        return jdbc.queryForObject("select count(*) from booking where coach_id = ?", Integer.class, practice.coach().id().value());
    }
}
