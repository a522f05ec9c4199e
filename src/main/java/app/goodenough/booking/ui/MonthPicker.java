package app.goodenough.booking.ui;

import app.goodenough.base.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Step 2: a month of days; days without a free time are shown but cannot be chosen. */
class MonthPicker extends Div {

    private final Function<YearMonth, Set<LocalDate>> freeDays;
    private final Consumer<LocalDate> onChoose;
    private final YearMonth first;
    private YearMonth shown;

    MonthPicker(YearMonth first, Function<YearMonth, Set<LocalDate>> freeDays, Consumer<LocalDate> onChoose) {
        this.first = first;
        this.shown = first;
        this.freeDays = freeDays;
        this.onChoose = onChoose;
        addClassName("month-picker");
        render();
    }

    private void render() {
        removeAll();
        Set<LocalDate> free = freeDays.apply(shown);
        Button previous = new Button("‹", click -> show(shown.minusMonths(1)));
        previous.setAriaLabel("Previous month");
        previous.setEnabled(shown.isAfter(first));
        Button next = new Button("›", click -> show(shown.plusMonths(1)));
        next.setAriaLabel("Next month");
        for (Button button : new Button[] {previous, next}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        Div header = new Div(previous, new H3(DateFormats.MONTH.format(shown)), next);
        header.addClassName("month-header");
        Div grid = new Div();
        grid.addClassName("month-grid");
        for (DayOfWeek day : DayOfWeek.values()) {
            Span name = new Span(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.addClassName("weekday");
            grid.add(name);
        }
        for (int blank = 1; blank < shown.atDay(1).getDayOfWeek().getValue(); blank++) {
            grid.add(new Span());
        }
        for (int day = 1; day <= shown.lengthOfMonth(); day++) {
            grid.add(dayButton(shown.atDay(day), free.contains(shown.atDay(day))));
        }
        add(header, grid);
        if (free.isEmpty()) {
            add(new Span("No free times this month; try the next one."));
        }
    }

    private Button dayButton(LocalDate date, boolean hasFreeTimes) {
        Button button = new Button(String.valueOf(date.getDayOfMonth()), click -> onChoose.accept(date));
        button.addClassName(hasFreeTimes ? "day-free" : "day-unavailable");
        button.setEnabled(hasFreeTimes);
        button.setAriaLabel(DateFormats.DAY.format(date) + (hasFreeTimes ? "" : ", no free times"));
        return button;
    }

    private void show(YearMonth month) {
        shown = month;
        render();
    }
}
