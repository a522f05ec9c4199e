package app.goodenough.calendar.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Moving a session to another free time of its type, chosen from the times readers would see. */
class RescheduleDialog extends Dialog {

    private final DatePicker day = new DatePicker("New day");
    private final Div times = new Div();
    private final Span message = new Span();
    private final BookingDetails booking;
    private final ZoneId zone;
    private final Function<LocalDate, List<Instant>> freeTimesOn;
    private final Consumer<Instant> moveTo;
    private final Runnable onMoved;

    /**
     * @param freeTimesOn the free starts of the session's type on a day of the coach's calendar
     * @param moveTo moves the session; refuses with {@link InvalidInputException}
     */
    RescheduleDialog(BookingDetails booking, ZoneId zone, Function<LocalDate, List<Instant>> freeTimesOn, Consumer<Instant> moveTo,
            Runnable onMoved) {
        this.booking = booking;
        this.zone = zone;
        this.freeTimesOn = freeTimesOn;
        this.moveTo = moveTo;
        this.onMoved = onMoved;
        setHeaderTitle("Move " + booking.clientName() + "'s session");
        times.addClassName("times");
        message.addClassName("field-error");
        DateFields.localize(day, booking.start().atZone(zone).toLocalDate());
        day.setValue(booking.start().atZone(zone).toLocalDate());
        day.addValueChangeListener(change -> showTimes(change.getValue()));
        add(day, times, message);
        getFooter().add(new Button("Close", click -> close()));
        showTimes(day.getValue());
    }

    private void showTimes(LocalDate date) {
        times.removeAll();
        if (date == null) {
            return;
        }
        List<Instant> free = freeTimesOn.apply(date);
        if (free.isEmpty()) {
            times.add(new Span("No free times on this day."));
        }
        free.forEach(start -> {
            Button time = new Button(DateFormats.current().time(start.atZone(zone)), click -> move(start));
            time.addClassName("time");
            times.add(time);
        });
    }

    private void move(Instant start) {
        try {
            moveTo.accept(start);
            close();
            onMoved.run();
        } catch (InvalidInputException refusal) {
            message.setText(refusal.problems().getFirst().message());
            showTimes(day.getValue());
        }
    }
}
