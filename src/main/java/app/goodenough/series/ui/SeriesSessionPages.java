package app.goodenough.series.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.ui.SessionPages;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.series.SeriesSessionsService;
import app.goodenough.shared.ui.CancelDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.springframework.core.annotation.Order;

/** In a session's panel: where it stands in its series, and moving or cancelling it with all later ones. */
@org.springframework.stereotype.Component
@Order(2)
class SeriesSessionPages implements SessionPages {

    private final SeriesSessionsService series;
    private final PracticeService practice;

    SeriesSessionPages(SeriesSessionsService series, PracticeService practice) {
        this.series = series;
        this.practice = practice;
    }

    @Override
    public List<Component> linksFor(BookingDetails session) {
        return series.placeOf(session.id()).<List<Component>>map(place -> {
            Paragraph where = new Paragraph(place.label());
            where.addClassName("series-place");
            return List.of(where);
        }).orElse(List.of());
    }

    @Override
    public List<Component> actionsFor(BookingDetails session, Runnable closePanel, Runnable afterChange) {
        if (session.status() != BookingStatus.BOOKED || series.placeOf(session.id()).isEmpty()) {
            return List.of();
        }
        Button cancelLater = new Button("Cancel this and all later…", click -> {
            closePanel.run();
            new CancelDialog("Cancel this and all later sessions of " + session.clientName() + "'s series?",
                    "Every booked session of the series from this one on is cancelled, and their times become free again. "
                            + session.clientName() + " gets one message listing them.", "Cancel them",
                    reason -> Notification.show("Cancelled " + series.cancelFrom(session.id(), reason) + " sessions of the series."),
                    afterChange).open();
        });
        cancelLater.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelLater.addClassName("cancel-series");
        Button moveLater = new Button("Move this and all later…", click -> {
            closePanel.run();
            new SeriesMoveDialog(series, session, practice.myTimeZone(), afterChange).open();
        });
        return List.of(moveLater, cancelLater);
    }
}
