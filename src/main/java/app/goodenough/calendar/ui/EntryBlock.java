package app.goodenough.calendar.ui;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One booking in the calendar: time, client, type; coloured by type, marked by status; opens on
 * click, and on Enter or Space when it has the keyboard's focus, as a button does.
 */
class EntryBlock extends Div {

    /** Sent with a key press: whether it was one that presses a button. */
    static final String PRESSING_KEY = "event.key === 'Enter' || event.key === ' '";
    /** Keeps Space from scrolling the page when it opens the booking; any other key keeps its use (Tab moves on). */
    private static final String NO_SCROLL_ON_SPACE = "event.key === ' ' && event.preventDefault()";

    EntryBlock(CalendarEntry entry, ZoneId zone, Consumer<CalendarEntry> onOpen) {
        addClassNames("entry", "status-" + entry.status().name().toLowerCase(Locale.ROOT));
        getStyle().set("--entry-colour", entry.colour());
        Span time = new Span(DateFormats.current().time(entry.start().atZone(zone)));
        time.addClassName("entry-time");
        Span who = new Span(entry.clientName());
        who.addClassName("entry-client");
        add(time, who, new Span(entry.sessionTypeName()));
        boolean awaitsClient = entry.awaitsClient() && entry.status() == BookingStatus.BOOKED;
        String state = awaitsClient ? "to be confirmed" : entry.status().label();
        if (awaitsClient) {
            addClassName("awaits-client");
        }
        if (entry.status() != BookingStatus.BOOKED || awaitsClient) {
            Span status = new Span(state);
            status.addClassName("entry-status");
            add(status);
        }
        String described = entry.clientName() + ", " + entry.sessionTypeName() + " at " + time.getText() + ", " + state;
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", described);
        getElement().setAttribute("title", described);
        addClickListener(click -> onOpen.accept(entry));
        getElement().addEventListener("keydown", key -> onOpen.accept(entry))
                .setFilter(PRESSING_KEY)
                .addEventData(NO_SCROLL_ON_SPACE);
    }
}
