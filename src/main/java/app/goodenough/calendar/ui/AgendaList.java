package app.goodenough.calendar.ui;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.calendar.CalendarPeriod;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The agenda: the next four weeks as a list, day by day, only days with sessions. */
class AgendaList extends Div {

    AgendaList(CalendarPeriod period, Consumer<CalendarEntry> onOpen) {
        addClassName("agenda");
        Map<LocalDate, List<CalendarEntry>> byDay = period.entries().stream()
                .collect(Collectors.groupingBy(entry -> entry.start().atZone(period.zone()).toLocalDate(), TreeMap::new,
                        Collectors.toList()));
        if (byDay.isEmpty()) {
            add(new Paragraph("Nothing booked in these four weeks."));
        }
        byDay.forEach((day, entries) -> {
            add(new H3(DateFormats.current().dayOfYear(day)));
            entries.forEach(entry -> add(new EntryBlock(entry, period.zone(), onOpen)));
        });
    }
}
