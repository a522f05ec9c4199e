package app.goodenough.availability.ui;

import app.goodenough.availability.CoachAvailabilityService;
import app.goodenough.availability.DateOverride;
import app.goodenough.availability.TimeWindow;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.DateFields;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Dates with other hours than the week's, or closed: the upcoming ones, and adding one. */
class OverridesPanel extends Div {

    private final CoachAvailabilityService availabilityService;
    private final Div list = new Div();
    private final DatePicker day = new DatePicker("Date");
    private final Checkbox closed = new Checkbox("Closed all day");
    private final HoursList hours = new HoursList("Hours that day", List.of());
    private final FieldMessages messages = new FieldMessages().field("day", day).field("hours", hours);

    OverridesPanel(CoachAvailabilityService availabilityService, List<DateOverride> upcoming, LocalDate today) {
        this.availabilityService = availabilityService;
        DateFields.localize(day, today);
        day.setMin(today);
        addClassName("overrides");
        list.addClassName("override-list");
        closed.setValue(true);
        hours.setVisible(false);
        closed.addValueChangeListener(change -> hours.setVisible(!change.getValue()));
        Button add = new Button("Save special date", click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(list, new Div(day, closed), hours, add);
        show(upcoming);
    }

    private void add() {
        messages.clear();
        try {
            if (!closed.getValue() && hours.problem().isPresent()) {
                throw new InvalidInputException("hours", hours.problem().get());
            }
            List<TimeWindow> windows = closed.getValue() ? List.of() : hours.windows();
            if (!closed.getValue() && windows.isEmpty()) {
                throw new InvalidInputException("hours", "Add the hours of that day, or tick \"Closed all day\".");
            }
            availabilityService.saveMyOverride(day.getValue(), windows);
            show(availabilityService.myAvailability().upcomingOverrides());
        } catch (InvalidInputException refusal) {
            messages.show(refusal);
        }
    }

    private void show(List<DateOverride> overrides) {
        list.removeAll();
        if (overrides.isEmpty()) {
            list.add(new Span("No special dates ahead."));
        }
        overrides.forEach(override -> {
            DateFormats formats = DateFormats.current();
            String text = formats.dayOfYear(override.day()) + ": " + (override.closed() ? "closed"
                    : override.hours().stream().map(window -> formats.timeRange(window.start(), window.end()))
                            .collect(Collectors.joining(", ")));
            Button remove = new Button("Remove", click -> {
                availabilityService.removeMyOverride(override.day());
                show(availabilityService.myAvailability().upcomingOverrides());
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove " + DateFormats.current().dayOfYear(override.day()));
            Div row = new Div(new Span(text), remove);
            row.addClassName("override");
            list.add(row);
        });
    }
}
