package app.goodenough.mysessions.ui;

import app.goodenough.booking.ui.BookView;
import app.goodenough.checkins.CheckInService;
import app.goodenough.checkins.ui.MyCheckIns;
import app.goodenough.feeds.CalendarFeedService;
import app.goodenough.feeds.ui.FeedPanel;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.identity.Roles;
import app.goodenough.mysessions.ClientSession;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.takeaways.TakeawayService;
import app.goodenough.takeaways.ui.SharedTakeaways;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A signed-in client's sessions: upcoming ones (soonest first) with the way to move or cancel them, then past ones. */
@Route("my/sessions")
@PageTitle("My sessions · Good Enough")
@Menu(order = 5, title = "My sessions")
@RolesAllowed(Roles.CLIENT)
class MySessionsView extends Main {

    private final CheckInService checkIns;

    MySessionsView(ClientSessionsService sessions, CheckInService checkIns, TakeawayService takeaways, PrincipleService principles,
            CalendarFeedService feeds, Clock clock) {
        this.checkIns = checkIns;
        addClassNames("page", "my-sessions");
        Instant now = clock.instant();
        List<ClientSession> all = sessions.mySessions();
        List<ClientSession> upcoming = all.stream().filter(session -> session.upcomingAt(now)).toList().reversed();
        List<ClientSession> past = all.stream().filter(session -> !session.upcomingAt(now)).toList();
        add(new H1("My sessions"), new H2("Upcoming"));
        if (upcoming.isEmpty()) {
            add(new Paragraph("No sessions booked."), new RouterLink("Book a session", BookView.class));
        }
        upcoming.forEach(session -> add(entry(session, now)));
        add(new H2("Past and cancelled"));
        if (past.isEmpty()) {
            add(new Paragraph("None yet."));
        }
        past.forEach(session -> add(entry(session, now)));
        add(new SharedTakeaways(takeaways.sharedWithMe()), new MyCheckIns(checkIns.myCheckIns(), principles.principles(),
                all.isEmpty() ? ZoneOffset.UTC : all.getFirst().clientTimeZone()));
        add(new FeedPanel(feeds, "Your sessions, in Google Calendar, Apple Calendar or Outlook: moved ones move there too, "
                + "cancelled ones show as cancelled."));
    }

    private Div entry(ClientSession session, Instant now) {
        Div entry = new Div(new Paragraph(Times.moment(session.start(), session.clientTimeZone())),
                new Paragraph(session.sessionTypeName() + " with " + session.coachName()
                        + (session.focusTitle() == null ? "" : " · focus: " + session.focusTitle()) + " · " + session.status().label()));
        if (session.series() != null) {
            Paragraph place = new Paragraph(session.series().label());
            place.addClassName("series-place");
            entry.add(place);
        }
        if (session.upcomingAt(now) && session.status() == BookingStatus.BOOKED && !session.awaitsConfirmation()) {
            Anchor checkIn = new Anchor(checkIns.myCheckInAddress(session.id()), "Check in before this session");
            checkIn.addClassName("check-in-link");
            entry.add(checkIn);
        }
        if (session.changeableAt(now)) {
            entry.add(new RouterLink("Move or cancel", ManageSessionView.class, session.manageToken()));
        } else if (session.upcomingAt(now)) {
            entry.add(new Paragraph(session.tooLate()));
        }
        entry.addClassName("client-session");
        return entry;
    }
}
