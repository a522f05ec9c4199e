package app.goodenough.series.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.schedule.Confirmation;
import app.goodenough.series.NewSeries;
import app.goodenough.series.SeriesService;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A session of a series in the coach's calendar: its place, and moving it with every later one from its panel. */
class SeriesPanelViewTest extends ViewTest {

    @Autowired SeriesService series;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCoachMovesTheFirstSessionAndEveryLaterOneTwoHoursLaterFromThePanel() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Confirmation client = testPractice.bookFirstFreeTime(practice, 1);
        LocalDate first = TestClock.get().today(practice.zone()).plusDays(3);
        UUID key = UUID.randomUUID();
        signIn.as(practice.coach().email());
        series.book(new NewSeries(practice.session().id(), client.booking().clientId(), first, LocalTime.of(11, 0), 1, 3, null, true, key),
                Set.of(1, 2, 3));
        UI.getCurrent().navigate("coach/calendar", QueryParameters.simple(Map.of("view", "day", "date", first.toString())));
        Div entry = $(Div.class).withClassName("entry").all().stream().filter(one -> one.getElement().getAttribute("aria-label")
                .contains("· 1 of 3")).findFirst().orElseThrow();
        ComponentUtil.fireEvent(entry, new ClickEvent<>(entry));
        assertThat($(Paragraph.class).withText("Session 1 of 3 · every week").exists()).isTrue();

        test($(Button.class).withText("Move this and all later…").single()).click();
        test($(TimePicker.class).withLabel("New start").single()).setValue(LocalTime.of(13, 0));
        assertThat($(ListItem.class).withClassName("series-free").all()).hasSize(3);
        test($(Button.class).withText("Move them").single()).click();

        List<LocalTime> times = jdbc.queryForList("select starts_at from booking where series_id = ? order by series_position", Timestamp.class, key)
                .stream().map(start -> start.toInstant().atZone(practice.zone()).toLocalTime()).toList();
        assertThat(times).containsExactly(LocalTime.of(13, 0), LocalTime.of(13, 0), LocalTime.of(13, 0));
    }
}
