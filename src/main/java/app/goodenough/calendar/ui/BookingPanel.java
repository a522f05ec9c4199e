package app.goodenough.calendar.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.BookingEvent;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.CancelDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** A booking opened from the calendar: who, what, when in both zones, what they wrote, and what to do with it. */
class BookingPanel extends Dialog {

    /**
     * What the coach can do with a booked session from its panel; each refuses with
     * {@link InvalidInputException}. {@code onChange} runs after any of them succeeded.
     */
    record Actions(Runnable markCompleted, Runnable markNoShow, Runnable undoOutcome, Consumer<String> cancel,
            Function<LocalDate, List<Instant>> freeTimesOn, Consumer<Instant> reschedule, Runnable onChange) {
    }

    /** @param now the application's clock's time, which decides whether outcomes can be marked or undone */
    BookingPanel(BookingDetails booking, ZoneId coachZone, Instant now, Actions actions, List<SessionPages> pages) {
        addClassName("booking-panel");
        setHeaderTitle(booking.clientName() + " · " + booking.sessionTypeName());
        DescriptionList facts = new DescriptionList();
        fact(facts, "Client", booking.clientName() + " <" + booking.clientEmail() + ">"
                + (booking.clientPhone().isBlank() ? "" : ", " + booking.clientPhone()));
        fact(facts, "When (yours)", Times.period(booking.start(), booking.end(), coachZone));
        if (!booking.clientTimeZone().equals(coachZone)) {
            fact(facts, "When (client's)", Times.period(booking.start(), booking.end(), booking.clientTimeZone()));
        }
        fact(facts, "Status", booking.status().label() + (booking.awaitsClient()
                ? "; booked with the address of an existing account, waiting for its owner to confirm it (the name is as typed)" : ""));
        fact(facts, "Focus", booking.focusTitle() == null ? "None chosen" : booking.focusTitle());
        fact(facts, "What brings them", booking.clientMessage().isBlank() ? "—" : booking.clientMessage());
        fact(facts, "Booked", DateFormats.current().moment(booking.createdAt().atZone(coachZone)));
        pages.forEach(page -> page.linksFor(booking).forEach(this::add));
        add(facts, history(booking, coachZone));
        Button close = new Button("Close", click -> close());
        if (booking.status() == BookingStatus.BOOKED) {
            Button cancel = new Button("Cancel session", click -> {
                close();
                new CancelDialog("Cancel " + booking.clientName() + "'s session?", "The time becomes free for other readers again.",
                        "Cancel session", actions.cancel(), actions.onChange()).open();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button move = new Button("Reschedule", click -> {
                close();
                new RescheduleDialog(booking, coachZone, actions.freeTimesOn(), actions.reschedule(), actions.onChange()).open();
            });
            getFooter().add(cancel, move);
            outcomes(booking, now, actions);
        } else if (booking.outcomeUndoableAt(now)) {
            getFooter().add(action("Undo " + booking.status().label().toLowerCase(Locale.ROOT), actions.undoOutcome(), actions.onChange()));
        }
        pages.forEach(page -> page.actionsFor(booking, this::close, actions.onChange()).forEach(getFooter()::add));
        getFooter().add(close);
    }

    /** Completed and no-show, once the session has started; before, a line says when they can be marked. */
    private void outcomes(BookingDetails booking, Instant now, Actions actions) {
        if (now.isBefore(booking.start())) {
            Paragraph later = new Paragraph("Completed or no-show can be marked once the session has started.");
            later.addClassName("outcome-later");
            add(later);
            return;
        }
        Button completed = action("Mark completed", actions.markCompleted(), actions.onChange());
        completed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(action("Mark no-show", actions.markNoShow(), actions.onChange()), completed);
    }

    private Button action(String label, Runnable change, Runnable onChange) {
        return new Button(label, click -> run(change, onChange));
    }

    private static Div history(BookingDetails booking, ZoneId coachZone) {
        Div history = new Div(new H4("History"));
        history.addClassName("booking-history");
        for (BookingEvent event : booking.history()) {
            String who = event.byName() == null ? "the client" : event.byName();
            history.add(new Paragraph(DateFormats.current().moment(event.at().atZone(coachZone)) + " · "
                    + event.kind().toLowerCase(Locale.ROOT).replace('_', '-') + " by " + who
                    + (event.detail().isBlank() ? "" : " (" + event.detail() + ")")));
        }
        return history;
    }

    private void run(Runnable change, Runnable onChange) {
        try {
            change.run();
            close();
            onChange.run();
        } catch (InvalidInputException refusal) {
            Notification.show(refusal.problems().getFirst().message());
        }
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
