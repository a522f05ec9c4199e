package app.goodenough.booking.ui;

import app.goodenough.booking.BookingService;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.support.DrawnChoices;
import app.goodenough.support.TestClock;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;

/** Reading and using the step where a reader chooses a day, as the booking page and the manage page show it. */
public abstract class DayStepViewTest extends ViewTest {

    @Autowired BookingService bookingService;

    /** The first free start, found day by day in the reader's calendar, the way a patient reader would. */
    protected Optional<Instant> firstFreeDayByDay(SessionTypeId type, ZoneId reader) {
        LocalDate today = TestClock.get().today(reader);
        for (LocalDate day = today; !day.isAfter(today.plusDays(70)); day = day.plusDays(1)) {
            List<Instant> starts = bookingService.freeTimesOn(type, day, reader);
            if (!starts.isEmpty()) {
                return Optional.of(starts.getFirst());
            }
        }
        return Optional.empty();
    }

    protected Button nextFree() {
        return $(Button.class).withClassName("next-free").single();
    }

    protected String monthTitle() {
        return $(Div.class).withClassName("month-header").single().getChildren()
                .filter(H3.class::isInstance).map(title -> ((H3) title).getText()).findFirst().orElseThrow();
    }

    protected Div monthGrid() {
        return $(Div.class).withClassName("month-grid").single();
    }

    protected List<LocalDate> freeDays() {
        return DrawnChoices.in(monthGrid()).stream().filter(DrawnChoices.Choice::enabled)
                .map(choice -> LocalDate.parse(choice.value())).toList();
    }

    protected Button monthButton(String label) {
        return $(Button.class).withAriaLabel(label).single();
    }

    protected String timesHeading() {
        return $(Div.class).withClassName("time-picker").single().getChildren()
                .filter(H3.class::isInstance).map(title -> ((H3) title).getText()).findFirst().orElseThrow();
    }

    protected List<String> times() {
        return $(Button.class).withClassName("time").all().stream().map(Button::getText).toList();
    }
}
