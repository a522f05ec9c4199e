package app.goodenough.series.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.series.SeriesMove;
import app.goodenough.series.SeriesSessionsService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Moving a session with every later one of its series: a new day and time for this one, each
 * later one as many days on at the same new time; every session is listed with whether it can
 * move before anything moves, and they move all or none.
 */
class SeriesMoveDialog extends Dialog {

    private final SeriesSessionsService series;
    private final BookingDetails session;
    private final ZoneId zone;
    private final DatePicker day = new DatePicker("New day for this session");
    private final TimePicker time = new TimePicker("New start");
    private final Div moves = new Div();
    private final Paragraph refusal = new Paragraph();
    private final Button move = new Button("Move them");

    SeriesMoveDialog(SeriesSessionsService series, BookingDetails session, ZoneId zone, Runnable afterChange) {
        this.series = series;
        this.session = session;
        this.zone = zone;
        setHeaderTitle("Move this and all later sessions of " + session.clientName() + "'s series");
        addClassName("series-move-dialog");
        ZonedDateTime now = session.start().atZone(zone);
        DateFields.localize(day, now.toLocalDate());
        day.setValue(now.toLocalDate());
        DateFields.localize(time).setStep(Duration.ofMinutes(15));
        time.setValue(now.toLocalTime());
        refusal.addClassName("field-error");
        day.addValueChangeListener(change -> preview());
        time.addValueChangeListener(change -> preview());
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(click -> newStart().ifPresent(start -> {
            try {
                Notification.show("Moved " + series.moveFrom(session.id(), start) + " sessions of the series.");
                close();
                afterChange.run();
            } catch (InvalidInputException refused) {
                refusal.setText(refused.problems().getFirst().message());
            }
        }));
        add(new Div(day, time), moves, refusal);
        getFooter().add(new Button("Cancel", click -> close()), move);
        preview();
    }

    private void preview() {
        moves.removeAll();
        refusal.setText("");
        Optional<Instant> start = newStart();
        List<SeriesMove> listed = start.map(newStart -> series.movesFrom(session.id(), newStart)).orElse(List.of());
        if (start.isPresent()) {
            moves.add(new SeriesMovesList(listed, zone));
        }
        move.setEnabled(start.isPresent() && !start.get().equals(session.start()) && listed.stream().allMatch(SeriesMove::possible));
    }

    /** The new start of this session, when a day and a time are chosen and the clocks do not skip it. */
    private Optional<Instant> newStart() {
        if (day.getValue() == null || time.getValue() == null) {
            return Optional.empty();
        }
        ZonedDateTime local = day.getValue().atTime(time.getValue()).atZone(zone);
        return local.toLocalTime().equals(time.getValue()) ? Optional.of(local.toInstant()) : Optional.empty();
    }
}
