package app.goodenough.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.shared.DateFormats;
import app.goodenough.support.Moments.Moment;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice.Practice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coach's calendar at every awkward moment opens on today in the coach's zone (not the
 * server's, not UTC), in each of its views, and "Today" comes back to it; the session booked
 * first is on the day and at the time the coach's zone gives it.
 */
class CalendarViewAtEveryMomentTest extends ViewTest {

    static final DateFormats FORMATS = DateFormats.practice();


    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("app.goodenough.support.Moments#forEveryCoach")
    void everyViewOpensOnTheCoachsToday(ZoneId coach, Moment moment) {
        Practice practice = testPractice.openWithSundayNights(coach);
        TestClock.get().freezeAt(moment.at());
        LocalDate today = moment.at().toLocalDate();
        Instant first = testPractice.firstFreeStartFrom(practice, today);
        testPractice.book(practice, first, ZoneId.of("Pacific/Auckland"));
        signIn.as(practice.coach().email());

        open(Map.of());
        assertThat(title()).isEqualTo("Week of " + FORMATS.longDate(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        open(Map.of("view", "day"));
        assertThat(title()).isEqualTo(FORMATS.dayOfYear(today));
        open(Map.of("view", "month"));
        assertThat(title()).isEqualTo(FORMATS.month(today));
        open(Map.of("view", "agenda"));
        assertThat(title()).isEqualTo("From " + FORMATS.longDate(today));
        assertThat($(EntryBlock.class).all()).extracting(entry -> entry.getElement().getAttribute("aria-label"))
                .containsExactly("Moment Reader, " + practice.session().name() + " at " + FORMATS.time(first.atZone(coach)) + " until "
                        + FORMATS.time(first.plus(practice.session().duration()).atZone(coach)) + ", Booked");

        open(Map.of("view", "day", "date", first.atZone(coach).toLocalDate().plusDays(9).toString()));
        test($(Button.class).withText("Today").single()).click();
        assertThat(title()).isEqualTo(FORMATS.dayOfYear(today));
    }


    private String title() {
        return $(H1.class).single().getText();
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(CalendarView.class, QueryParameters.simple(parameters));
    }
}
