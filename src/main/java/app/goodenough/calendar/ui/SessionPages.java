package app.goodenough.calendar.ui;

import app.goodenough.calendar.BookingDetails;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * The ways from a session in the coach's calendar to other features' pages, such as its notes
 * and its client's story. Those features offer them as beans, so the calendar needs to know
 * none of them.
 */
public interface SessionPages {

    /** Links at the top of the session's panel. */
    List<Component> linksFor(BookingDetails session);

    /** Buttons in the panel's footer; {@code closePanel} closes the panel before they go elsewhere. */
    List<Component> actionsFor(BookingDetails session, Runnable closePanel);
}
