package app.goodenough.busytimes.ui;

import app.goodenough.busytimes.ExternalCalendar;
import app.goodenough.busytimes.ExternalCalendarService;
import app.goodenough.shared.ui.RouteLinks;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.util.List;

/** On the coach's home: her other calendars whose last reading failed, and since when their busy times are old. Nothing when none. */
public class UnreadCalendars extends Section {

    public UnreadCalendars(ExternalCalendarService service, Clock clock) {
        addClassName("unread-calendars");
        List<ExternalCalendar> failing = service.myCalendars().stream().filter(calendar -> !calendar.lastProblem().isEmpty()).toList();
        setVisible(!failing.isEmpty());
        if (failing.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        failing.forEach(calendar -> list.add(new ListItem(calendar.label() + " · " + LastRead.describe(calendar, clock.instant()))));
        add(new H2("Calendars that could not be read"), list, RouteLinks.to("coach/calendar-sync", "Open Calendar sync"));
    }
}
