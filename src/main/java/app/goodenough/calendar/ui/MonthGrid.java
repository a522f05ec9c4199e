package app.goodenough.calendar.ui;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.calendar.CalendarPeriod;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The month view: whole weeks, each day with its sessions in time order. */
class MonthGrid extends Div {

    MonthGrid(CalendarPeriod period, LocalDate shownMonthDay, Consumer<CalendarEntry> onOpen) {
        addClassName("month-view");
        DateFormats formats = DateFormats.current();
        for (DayOfWeek day : formats.week()) {
            Span name = new Span(formats.weekday(day, TextStyle.SHORT));
            name.addClassName("weekday");
            add(name);
        }
        Map<LocalDate, List<CalendarEntry>> byDay = period.entries().stream()
                .collect(Collectors.groupingBy(entry -> entry.start().atZone(period.zone()).toLocalDate()));
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            Div cell = new Div(new Span(String.valueOf(day.getDayOfMonth())));
            cell.addClassName("month-day");
            if (day.getMonth() != shownMonthDay.getMonth()) {
                cell.addClassName("other-month");
            }
            if (period.workingHours().getOrDefault(day, List.of()).isEmpty()) {
                cell.addClassName("day-off");
            }
            byDay.getOrDefault(day, List.of()).forEach(entry -> cell.add(new EntryBlock(entry, period.zone(), onOpen)));
            add(cell);
        }
    }
}
