package app.goodenough.booking.ui;

import app.goodenough.base.DateFormats;
import app.goodenough.base.ui.ChoiceButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Step 2: a month of days; days without a free time are shown but cannot be chosen. The days
 * are one element of plain buttons ({@link ChoiceButtons}); only a day shown as free is taken.
 */
class MonthPicker extends Div {

    private final Function<YearMonth, Set<LocalDate>> freeDays;
    private final Consumer<LocalDate> onChoose;
    private final YearMonth first;
    private YearMonth shown;
    private Set<LocalDate> free = Set.of();
    private final Button previous = new Button("‹", click -> show(shown.minusMonths(1)));
    private final Button next = new Button("›", click -> show(shown.plusMonths(1)));
    private final H3 title = new H3();
    private final Div days = new Div();
    private final Span noneFree = new Span("No free times this month; try the next one.");

    MonthPicker(YearMonth first, Function<YearMonth, Set<LocalDate>> freeDays, Consumer<LocalDate> onChoose) {
        this.first = first;
        this.freeDays = freeDays;
        this.onChoose = onChoose;
        addClassName("month-picker");
        previous.setAriaLabel("Previous month");
        next.setAriaLabel("Next month");
        for (Button button : new Button[] {previous, next}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        Div header = new Div(previous, title, next);
        header.addClassName("month-header");
        days.addClassName("month-grid");
        ChoiceButtons.onChoice(days, this::choose);
        add(header, days, noneFree);
        show(first);
    }

    private void show(YearMonth month) {
        shown = month;
        free = freeDays.apply(month);
        previous.setEnabled(month.isAfter(first));
        title.setText(DateFormats.MONTH.format(month));
        ChoiceButtons.draw(days, grid(month, free));
        noneFree.setVisible(free.isEmpty());
    }

    private static String grid(YearMonth month, Set<LocalDate> free) {
        StringBuilder html = new StringBuilder();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            html.append(ChoiceButtons.cell(weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "weekday"));
        }
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            html.append(ChoiceButtons.cell("", "blank"));
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            boolean hasFreeTimes = free.contains(date);
            html.append(ChoiceButtons.button(date.toString(), String.valueOf(day),
                    DateFormats.DAY.format(date) + (hasFreeTimes ? "" : ", no free times"),
                    hasFreeTimes ? "day-free" : "day-unavailable", hasFreeTimes));
        }
        return html.toString();
    }

    /** A day sent by the browser: taken only when this month shows it as free. */
    private void choose(String day) {
        parse(day).filter(free::contains).ifPresent(onChoose);
    }

    private static Optional<LocalDate> parse(String day) {
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
