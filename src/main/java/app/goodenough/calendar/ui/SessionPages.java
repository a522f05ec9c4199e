package app.goodenough.calendar.ui;

import app.goodenough.calendar.BookingDetails;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * What other features add to a session's panel in the coach's calendar: the way to its notes and
 * its client's story, what the client answered before it. Those features offer them as beans,
 * in their {@code @Order}, so the calendar needs to know none of them.
 */
public interface SessionPages {

    /** Links at the top of the session's panel. */
    List<Component> linksFor(BookingDetails session);

    /**
     * Buttons in the panel's footer; {@code closePanel} closes the panel before they go elsewhere,
     * {@code afterChange} shows the calendar again after they changed a session.
     */
    List<Component> actionsFor(BookingDetails session, Runnable closePanel, Runnable afterChange);
}
