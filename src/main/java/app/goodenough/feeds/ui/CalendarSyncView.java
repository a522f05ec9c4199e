package app.goodenough.feeds.ui;

import app.goodenough.busytimes.ExternalCalendarService;
import app.goodenough.busytimes.ui.BusyCalendarsPanel;
import app.goodenough.feeds.CalendarFeedService;
import app.goodenough.identity.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Calendar sync: the coach's sessions in the calendar app she already uses (her private feed and
 * how to subscribe to it), and the busy times of her other calendars in hers.
 */
@Route(CalendarSyncView.ROUTE)
@PageTitle("Calendar sync · Good Enough")
@Menu(order = 32, title = "Calendar sync")
@RolesAllowed(Roles.COACH)
class CalendarSyncView extends Main {

    static final String ROUTE = "coach/calendar-sync";

    CalendarSyncView(CalendarFeedService feeds, ExternalCalendarService otherCalendars, Clock clock) {
        addClassNames("page", "calendar-sync-page");
        add(new H1("Calendar sync"), new FeedPanel(feeds,
                "Your booked sessions (client, type and focus, never a note) and your blocked time, for Google Calendar, Apple Calendar "
                        + "or Outlook. Moved sessions move there too; cancelled ones stay marked cancelled for 30 days."),
                new H2("How to subscribe"), howTo(), new BusyCalendarsPanel(otherCalendars, clock));
    }

    private static UnorderedList howTo() {
        return new UnorderedList(
                new ListItem("Google Calendar (on a computer): Other calendars › + › From URL, paste the address, Add calendar. "
                        + "Google reads it again every few hours."),
                new ListItem("Apple Calendar: File › New Calendar Subscription (Mac) or Settings › Calendar › Accounts › Add Account › "
                        + "Other › Add Subscribed Calendar (iPhone), paste the address."),
                new ListItem("Outlook: Add calendar › Subscribe from web, paste the address, Import."));
    }
}
