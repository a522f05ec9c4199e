package app.goodenough.mysessions.ui;

import app.goodenough.booking.BookingService;
import app.goodenough.booking.ui.BookView;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.mysessions.ClientSeriesService;
import app.goodenough.mysessions.ClientSession;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.series.SeriesMove;
import app.goodenough.series.ui.SeriesMovesList;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One session, opened by the manage link from a message (or from "My sessions"): when it is,
 * and until the cancellation window, moving it to another free time or cancelling it.
 */
@Route(ManageLinks.ROUTE)
@PageTitle("Your session · Good Enough")
@AnonymousAllowed
public class ManageSessionView extends Main implements HasUrlParameter<String> {

    private final ClientSessionsService sessions;
    private final ClientSeriesService seriesService;
    private final BookingService bookingService;
    private final Clock clock;
    private final Div actions = new Div();
    private String token;

    ManageSessionView(ClientSessionsService sessions, ClientSeriesService seriesService, BookingService bookingService, Clock clock) {
        this.sessions = sessions;
        this.seriesService = seriesService;
        this.bookingService = bookingService;
        this.clock = clock;
        addClassNames("page", "manage-session");
        actions.addClassName("session-actions");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        try {
            show(sessions.byLink(token), null);
        } catch (InvalidInputException refused) {
            removeAll();
            add(new H1("Your session"), new Paragraph(refused.problems().getFirst().message()));
        }
    }

    private void show(ClientSession session, String done) {
        removeAll();
        actions.removeAll();
        add(new H1("Your " + session.sessionTypeName()));
        if (done != null) {
            Paragraph notice = new Paragraph(done);
            notice.addClassName("done-notice");
            add(notice);
        }
        add(new Paragraph(Times.moment(session.start(), session.clientTimeZone())),
                new Paragraph(session.minutes() + " minutes with " + session.coachName()
                        + (session.focusTitle() == null ? "" : " · focus: " + session.focusTitle())));
        if (session.series() != null) {
            Paragraph place = new Paragraph(session.series().label());
            place.addClassName("series-place");
            add(place);
        }
        Instant now = clock.instant();
        if (session.status() == BookingStatus.CANCELLED) {
            add(new Paragraph("This session is cancelled."), new RouterLink("Book another session", BookView.class));
        } else if (session.awaitsConfirmation() && session.upcomingAt(now)) {
            askWhetherItIsTheirs();
        } else if (!session.upcomingAt(now)) {
            add(new Paragraph("This session has taken place."));
        } else if (!session.changeableAt(now)) {
            add(new Paragraph(session.tooLate()));
        } else {
            Button move = new Button("Move to another time", click -> chooseDay(session));
            Button cancel = new Button("Cancel this session", click -> confirmCancel("Cancel the session", sessions::cancelByLink,
                    "Cancelled. A message confirming it is on its way."));
            Div choices = new Div(move, cancel);
            if (session.series() != null) {
                choices.add(new Button("Move this and all later ones", click -> chooseLaterDay(session)),
                        new Button("Cancel this and all later ones", click -> confirmCancel("Cancel this and all later sessions",
                        seriesService::cancelFromByLink, "Cancelled, with all later sessions of the series. One message listing them is on its way.")));
            }
            add(choices, actions);
        }
    }

    private void chooseDay(ClientSession session) {
        actions.removeAll();
        actions.add(new MoveStep(session, bookingService, start -> act(() -> show(sessions.moveByLink(token, start),
                "Moved. The new time is below; a message with it is on its way."), new FieldMessages().otherwise(this::sayWhy))));
    }

    /** A new time for this session first; then every later one is listed where it would move, and they move together. */
    private void chooseLaterDay(ClientSession session) {
        actions.removeAll();
        actions.add(new MoveStep(session, bookingService, start -> {
            actions.removeAll();
            Button confirm = new Button("Move them", click -> act(() -> show(seriesService.moveFromByLink(token, start),
                    "Moved, with all later sessions of the series. One message listing them is on its way."),
                    new FieldMessages().otherwise(this::sayWhy)));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            List<SeriesMove> moves = seriesService.movesFromByLink(token, start);
            confirm.setEnabled(moves.stream().allMatch(SeriesMove::possible));
            actions.add(new SeriesMovesList(moves, session.clientTimeZone()), new Div(confirm, new Button("Back", back -> chooseLaterDay(session))));
        }));
    }

    /** Booked with this address by someone who did not sign in: is it the owner's session? */
    private void askWhetherItIsTheirs() {
        Paragraph question = new Paragraph("This session was booked with your email address. Is it yours? "
                + "Once you confirm it, it is in your sessions and reminders follow.");
        question.addClassName("confirm-question");
        Button mine = new Button("Yes, it is my session", click -> act(() -> show(sessions.confirmByLink(token),
                "Confirmed. The session is in your sessions now."), new FieldMessages().otherwise(this::sayWhy)));
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button notMine = new Button("No, cancel it", click -> act(() -> show(sessions.cancelByLink(token,
                "not booked by the owner of the address"), "Cancelled. Thank you for telling us."),
                new FieldMessages().otherwise(this::sayWhy)));
        add(question, new Div(mine, notMine), actions);
    }

    /** Asks for an optional reason, then cancels: the one session, or it and the later ones of its series. */
    private void confirmCancel(String label, BiFunction<String, String, ClientSession> cancel, String done) {
        actions.removeAll();
        TextArea reason = new TextArea("Reason (optional, the coach reads it)");
        TextLimits.atMost(500, reason);
        FieldMessages messages = new FieldMessages().field("reason", reason).otherwise(this::sayWhy);
        Button confirm = new Button(label, click -> act(() -> show(cancel.apply(token, reason.getValue()), done), messages));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        actions.add(reason, confirm);
    }

    /** Runs a change; a refusal (too late, taken meanwhile, already cancelled) is shown at its field or where the actions were. */
    private void act(Runnable change, FieldMessages messages) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            messages.show(refused);
        }
    }

    private void sayWhy(String message) {
        Paragraph why = new Paragraph(message);
        why.addClassName("refusal");
        actions.add(why);
    }

}
