package app.goodenough.calendar.ui;

import app.goodenough.shared.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * Today, previous, next, jump to a date, choose the view, make an appointment, block time; the dates
 * come from the view's {@link #update}.
 */
class CalendarToolbar extends Div {

    private final Select<CalendarMode> modes = new Select<>();
    private final DatePicker jump = new DatePicker();
    private CalendarMode mode = CalendarMode.WEEK;
    private LocalDate date;
    private LocalDate today;
    private boolean updating;

    CalendarToolbar(BiConsumer<CalendarMode, LocalDate> show, Runnable newAppointment, Runnable block) {
        addClassName("calendar-toolbar");
        Button todayButton = new Button("Today", click -> show.accept(mode, today));
        Button previous = new Button("‹", click -> show.accept(mode, mode.previous(date)));
        previous.setAriaLabel("Previous");
        Button next = new Button("›", click -> show.accept(mode, mode.next(date)));
        next.setAriaLabel("Next");
        jump.setAriaLabel("Go to date");
        jump.addValueChangeListener(change -> {
            if (!updating && change.getValue() != null) {
                show.accept(mode, change.getValue());
            }
        });
        modes.setAriaLabel("View");
        modes.setItems(CalendarMode.values());
        modes.setItemLabelGenerator(CalendarMode::label);
        modes.addValueChangeListener(change -> {
            if (!updating && change.getValue() != null) {
                show.accept(change.getValue(), date);
            }
        });
        Button appointment = new Button("New appointment", click -> newAppointment.run());
        appointment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(todayButton, previous, next, jump, modes, appointment, new Button("Block time", click -> block.run()));
    }

    void update(CalendarMode shownMode, LocalDate shownDate, LocalDate shownToday) {
        updating = true;
        mode = shownMode;
        date = shownDate;
        today = shownToday;
        modes.setValue(shownMode);
        DateFields.localize(jump, shownToday);
        jump.setValue(shownDate);
        updating = false;
    }
}
