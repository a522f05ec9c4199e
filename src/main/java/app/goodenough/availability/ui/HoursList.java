package app.goodenough.availability.ui;

import app.goodenough.availability.TimeWindow;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Several intervals of one day (a weekday or a date), each editable, with room for more. */
class HoursList extends Div implements HasValidation {

    private final Div rows = new Div();
    private final Span error = new Span();
    private final List<IntervalRow> intervals = new ArrayList<>();

    HoursList(String label, List<TimeWindow> windows) {
        addClassName("hours-list");
        Span name = new Span(label);
        name.addClassName("hours-label");
        error.addClassName("field-error");
        error.setVisible(false);
        Button addHours = new Button("Add hours", click -> addInterval(null));
        addHours.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addHours.setAriaLabel("Add hours to " + label);
        add(name, rows, addHours, error);
        windows.forEach(this::addInterval);
    }

    IntervalRow addInterval(TimeWindow window) {
        IntervalRow row = new IntervalRow(window, removed -> {
            intervals.remove(removed);
            rows.remove(removed);
        });
        intervals.add(row);
        rows.add(row);
        return row;
    }

    List<IntervalRow> intervals() {
        return List.copyOf(intervals);
    }

    Optional<String> problem() {
        return intervals.stream().map(IntervalRow::problem).flatMap(Optional::stream).findFirst();
    }

    List<TimeWindow> windows() {
        return intervals.stream().map(IntervalRow::window).toList();
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        getElement().setAttribute("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
