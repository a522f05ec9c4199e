package app.goodenough.freetimes.ui;

import app.goodenough.shared.DateFormats;
import app.goodenough.shared.IsoText;
import app.goodenough.shared.ui.ChoiceButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A month of days between the first and the last month that can be booked; days without a free
 * time are shown but cannot be chosen. The days are one element of plain buttons
 * ({@link ChoiceButtons}); only a day shown as free is taken. Weeks start on the reader's first
 * day of the week.
 */
class MonthPicker extends Div {

    private final Function<YearMonth, Set<LocalDate>> freeDays;
    private final Consumer<LocalDate> onChoose;
    private final Consumer<YearMonth> onShown;
    private final YearMonth first;
    private final YearMonth last;
    private final DateFormats formats = DateFormats.current();
    private YearMonth shown;
    private Set<LocalDate> free = Set.of();
    private final Button previous = new Button("‹", click -> show(shown.minusMonths(1)));
    private final Button next = new Button("›", click -> show(shown.plusMonths(1)));
    private final H3 title = new H3();
    private final Div days = new Div();
    private final Span noneFree = new Span();

    /**
     * @param shownFirst the month to open on, kept between {@code first} and {@code last}
     * @param onShown told of every month shown, so that a way back can return to it
     */
    MonthPicker(YearMonth first, YearMonth last, YearMonth shownFirst, Function<YearMonth, Set<LocalDate>> freeDays,
            Consumer<LocalDate> onChoose, Consumer<YearMonth> onShown) {
        this.first = first;
        this.last = last;
        this.freeDays = freeDays;
        this.onChoose = onChoose;
        this.onShown = onShown;
        addClassName("month-picker");
        previous.setAriaLabel("Previous month");
        next.setAriaLabel("Next month");
        for (Button button : new Button[] {previous, next}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        Div header = new Div(previous, title, next);
        header.addClassName("month-header");
        days.addClassName("month-grid");
        noneFree.addClassName("none-free");
        ChoiceButtons.onChoice(days, this::choose);
        add(header, days, noneFree);
        show(shownFirst.isBefore(first) ? first : shownFirst.isAfter(last) ? last : shownFirst);
    }

    YearMonth shown() {
        return shown;
    }

    private void show(YearMonth month) {
        shown = month;
        free = freeDays.apply(month);
        previous.setEnabled(month.isAfter(first));
        next.setEnabled(month.isBefore(last));
        title.setText(formats.month(month));
        ChoiceButtons.draw(days, grid(month));
        noneFree.setText(month.isBefore(last)
                ? "No free times in " + formats.month(month) + "; try the next month."
                : "No free times in " + formats.month(month) + ".");
        noneFree.setVisible(free.isEmpty());
        onShown.accept(month);
    }

    private String grid(YearMonth month) {
        StringBuilder html = new StringBuilder();
        List<DayOfWeek> week = formats.week();
        week.forEach(weekday -> html.append(ChoiceButtons.cell(formats.weekday(weekday, TextStyle.SHORT), "weekday")));
        for (int blank = week.indexOf(month.atDay(1).getDayOfWeek()); blank > 0; blank--) {
            html.append(ChoiceButtons.cell("", "blank"));
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            boolean hasFreeTimes = free.contains(date);
            html.append(ChoiceButtons.button(date.toString(), String.valueOf(day),
                    formats.dayOfYear(date) + (hasFreeTimes ? "" : ", no free times"),
                    hasFreeTimes ? "day-free" : "day-unavailable", hasFreeTimes));
        }
        return html.toString();
    }

    /** A day sent by the browser: taken only when this month shows it as free. */
    private void choose(String day) {
        IsoText.date(day).filter(free::contains).ifPresent(onChoose);
    }
}
