package app.goodenough.calendar.ui;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One booking in the calendar: its start and status on the first line (the end shows on hover and
 * focus, and always in the agenda), then who and the type; a short one keeps all on as few lines
 * as fit. Coloured by type, marked by status; opens on click, and on Enter or Space when it has
 * the keyboard's focus, as a button does.
 */
class EntryBlock extends Div {

    /** Sent with a key press: whether it was one that presses a button. */
    static final String PRESSING_KEY = "event.key === 'Enter' || event.key === ' '";
    /** Keeps Space from scrolling the page when it opens the booking; any other key keeps its use (Tab moves on). */
    private static final String NO_SCROLL_ON_SPACE = "event.key === ' ' && event.preventDefault()";

    /** Sessions this long or shorter are drawn as a short entry. */
    static final Duration SHORT = Duration.ofMinutes(30);

    EntryBlock(CalendarEntry entry, ZoneId zone, Consumer<CalendarEntry> onOpen) {
        addClassNames("entry", "status-" + entry.status().name().toLowerCase(Locale.ROOT));
        getStyle().set("--entry-colour", entry.colour());
        if (!Duration.between(entry.start(), entry.end()).minus(SHORT).isPositive()) {
            addClassName("short");
        }
        Span time = new Span(DateFormats.current().time(entry.start().atZone(zone)));
        time.addClassName("entry-time");
        Span end = new Span("–" + DateFormats.current().time(entry.end().atZone(zone)));
        end.addClassName("entry-end");
        Div head = new Div(time, end);
        head.addClassName("entry-head");
        boolean awaitsClient = entry.awaitsClient() && entry.status() == BookingStatus.BOOKED;
        String state = awaitsClient ? "to be confirmed" : entry.status().label();
        if (awaitsClient) {
            addClassName("awaits-client");
        }
        if (entry.status() != BookingStatus.BOOKED || awaitsClient) {
            Span status = new Span(state);
            status.addClassName("entry-status");
            head.add(status);
        }
        Span who = new Span(entry.clientName());
        who.addClassName("entry-client");
        String what = entry.sessionTypeName() + (entry.seriesPlace() == null ? "" : " · " + entry.seriesPlace());
        Span type = new Span(what);
        type.addClassName("entry-type");
        add(head, who, type);
        String described = entry.clientName() + ", " + what + " at " + time.getText() + " until "
                + end.getText().substring(1) + ", " + state;
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
