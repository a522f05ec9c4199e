package app.goodenough.availability.ui;

import app.goodenough.availability.TimeWindow;
import app.goodenough.shared.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Consumer;

/** One stretch of working time: from, to, and a way to remove it. */
class IntervalRow extends Div {

    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();

    IntervalRow(TimeWindow window, Consumer<IntervalRow> onRemove) {
        addClassName("interval");
        for (TimePicker picker : new TimePicker[] {start, end}) {
            DateFields.localize(picker).setStep(Duration.ofMinutes(15));
            picker.addClassName("interval-time");
        }
        start.setAriaLabel("From");
        end.setAriaLabel("To");
        if (window != null) {
            start.setValue(window.start());
            end.setValue(window.end());
        }
        Button remove = new Button("Remove", click -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(start, new Span("to"), end, remove);
    }

    /** The window entered, or why it is not one. */
    Optional<String> problem() {
        if (start.getValue() == null || end.getValue() == null) {
            return Optional.of("Enter both times, or remove the line.");
        }
        if (!start.getValue().isBefore(end.getValue())) {
            return Optional.of("Hours end after they start: " + start.getValue() + " to " + end.getValue() + ".");
        }
        return Optional.empty();
    }

    TimeWindow window() {
        return new TimeWindow(start.getValue(), end.getValue());
    }

    void set(LocalTime from, LocalTime to) {
        start.setValue(from);
        end.setValue(to);
    }
}
