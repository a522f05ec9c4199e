package app.goodenough.availability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.shared.DateFormats;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AvailabilityViewTest extends ViewTest {

    @Autowired JdbcTemplate jdbc;
    TestPractice.Practice practice;

    @BeforeEach
    void signInAsATestCoach() {
        practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
    }

    @Test
    void theCoachGivesTuesdayASecondStretchOfHours() {
        navigate(AvailabilityView.class);
        HoursList tuesday = day("Tuesday");
        test($(Button.class).withAriaLabel("Add hours to Tuesday").single()).click();
        tuesday.intervals().getFirst().set(LocalTime.of(9, 0), LocalTime.of(12, 0));
        tuesday.intervals().getLast().set(LocalTime.of(13, 0), LocalTime.of(17, 30));
        test($(Button.class).withText("Save hours and rules").single()).click();

        assertThat($(Paragraph.class).withClassName("save-outcome").single().getText()).isEqualTo("Saved. New slots follow these hours.");
        assertThat(jdbc.queryForList("select start_time::text || '-' || end_time::text from weekly_hours where coach_id = ? and weekday = 2 order by start_time",
                String.class, practice.coach().id().value())).containsExactly("09:00:00-12:00:00", "13:00:00-17:30:00");
    }

    @Test
    void overlappingOrBackwardHoursAreExplainedAtTheirDayAndNothingIsSaved() {
        navigate(AvailabilityView.class);
        test($(Button.class).withAriaLabel("Add hours to Tuesday").single()).click();
        day("Tuesday").intervals().getLast().set(LocalTime.of(16, 0), LocalTime.of(18, 0));
        test($(Button.class).withAriaLabel("Add hours to Wednesday").single()).click();
        day("Wednesday").intervals().getLast().set(LocalTime.of(19, 0), LocalTime.of(18, 0));
        test($(Button.class).withText("Save hours and rules").single()).click();

        assertThat(day("Wednesday").getErrorMessage()).isEqualTo("Hours end after they start: 19:00 to 18:00.");
        assertThat($(Paragraph.class).withClassName("save-outcome").single().getText()).startsWith("Nothing was saved");
        day("Wednesday").intervals().getLast().set(LocalTime.of(18, 0), LocalTime.of(19, 0));
        test($(Button.class).withText("Save hours and rules").single()).click();

        assertThat(day("Tuesday").getErrorMessage()).isEqualTo("Tuesday: 16:00–18:00 overlaps 09:00–17:00.");
        assertThat(jdbc.queryForObject("select count(*) from weekly_hours where coach_id = ?", Integer.class,
                practice.coach().id().value())).isEqualTo(7);
    }

    @Test
    void aBufferLongerThanADayIsRefusedAtItsField() {
        navigate(AvailabilityView.class);
        IntegerField before = $(IntegerField.class).withLabel("Free before each session").single();
        before.setValue(1441);
        test($(Button.class).withText("Save hours and rules").single()).click();

        assertThat(before.isInvalid()).isTrue();
        assertThat(before.getErrorMessage()).isEqualTo("A buffer is between 0 minutes and one day.");
    }

    @Test
    void theCoachClosesADateAndOpensItAgain() {
        navigate(AvailabilityView.class);
        LocalDate christmas = TestClock.get().today(ZoneOffset.UTC).plusYears(1).withMonth(12).withDayOfMonth(25);
        $(DatePicker.class).withLabel("Date").single().setValue(christmas);
        test($(Button.class).withText("Save special date").single()).click();

        String label = DateFormats.practice().dayOfYear(christmas);
        assertThat($(Span.class).withText(label + ": closed").exists()).isTrue();
        test($(Button.class).withAriaLabel("Remove " + label).single()).click();
        assertThat($(Span.class).withText("No special dates ahead.").exists()).isTrue();
    }

    @Test
    void dateAndTimeFieldsReadLikeTheRestOfThePageWhateverTheMachinesLocale() {
        navigate(AvailabilityView.class);

        DatePicker day = $(DatePicker.class).withLabel("Date").single();
        assertThat(Locale.getDefault().getLanguage()).as("the suite runs in Turkish").isEqualTo("tr");
        assertThat(day.getLocale()).isEqualTo(Locale.UK);
        assertThat(day.getI18n().getDateFormats()).containsExactly("d MMM y", "dd/MM/y", "yyyy-MM-dd");
        assertThat(day.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(day.getInitialPosition()).isEqualTo(TestClock.get().today(ZoneId.of("Europe/Berlin")));
        assertThat(day.getMin()).isEqualTo(day.getInitialPosition());
        assertThat($(TimePicker.class).all()).isNotEmpty().allSatisfy(time -> assertThat(time.getLocale()).isEqualTo(Locale.UK));
    }

    @Test
    void aSpecialDateNeedsADay() {
        navigate(AvailabilityView.class);
        test($(Button.class).withText("Save special date").single()).click();

        assertThat($(DatePicker.class).withLabel("Date").single().getErrorMessage()).isEqualTo("Choose a date.");
    }

    private HoursList day(String name) {
        return $(HoursList.class).all().stream()
                .filter(list -> list.getChildren().findFirst().map(label -> label.getElement().getText().equals(name)).orElse(false))
                .findFirst().orElseThrow();
    }

}
