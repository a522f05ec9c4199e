package app.goodenough.mysessions.ui;

import app.goodenough.booking.BookingService;
import app.goodenough.freetimes.ui.DayStep;
import app.goodenough.freetimes.ui.TimePicker;
import app.goodenough.mysessions.ClientSession;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

/**
 * Moving a session: a day (the first month with a free time, or the next free time itself), the
 * day's free times in place of any shown before, then "Move to …?" with Confirm and Back. Only
 * Confirm moves the session.
 */
class MoveStep extends Div {

    private final ClientSession session;
    private final BookingService bookingService;
    private final Consumer<Instant> move;
    private final ZoneId zone;
    private final Div times = new Div();

    /** @param move moves the session to the confirmed start; it may refuse, and says so itself */
    MoveStep(ClientSession session, BookingService bookingService, Consumer<Instant> move) {
        this.session = session;
        this.bookingService = bookingService;
        this.move = move;
        this.zone = session.clientTimeZone();
        addClassName("move-step");
        times.addClassName("move-times");
        add(new DayStep(bookingService.openings(session.sessionTypeId()), zone, null,
                month -> bookingService.daysWithFreeTimes(session.sessionTypeId(), month, zone), this::showTimes,
                month -> times.removeAll()), times);
    }

    private void showTimes(LocalDate day) {
        times.removeAll();
        times.add(new TimePicker(day, bookingService.freeTimesOn(session.sessionTypeId(), day, zone), zone, session.coachTimeZone(),
                session.coachName(), start -> ask(day, start)));
    }

    private void ask(LocalDate day, Instant start) {
        times.removeAll();
        ZonedDateTime local = start.atZone(zone);
        DateFormats formats = DateFormats.current();
        Paragraph question = new Paragraph("Move to " + formats.day(local) + ", " + formats.time(local) + "?");
        question.addClassName("move-question");
        Button confirm = new Button("Confirm", click -> move.accept(start));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Back", click -> showTimes(day));
        Div answers = new Div(confirm, back);
        answers.addClassName("move-answers");
        times.add(question, answers);
        confirm.focus();
    }
}
