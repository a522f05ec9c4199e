package app.goodenough.readerseries.ui;

import app.goodenough.readerseries.SeriesOffer;
import app.goodenough.readerseries.SeriesOfferService;
import app.goodenough.series.ui.RhythmSelect;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;

/** Whether readers may book a session type as a series from the booking page, how many sessions and how often. */
class SeriesOfferDialog extends Dialog {

    private final Checkbox offered = new Checkbox("Readers may book this as a series");
    private final IntegerField sessions = new IntegerField("Sessions");

    SeriesOfferDialog(SeriesOfferService offers, SessionType type) {
        setHeaderTitle("Series of " + type.name());
        addClassName("series-offer-dialog");
        Optional<SeriesOffer> current = offers.myOffer(type.id());
        sessions.setMin(SeriesOffer.MIN_SESSIONS);
        sessions.setMax(SeriesOffer.MAX_SESSIONS);
        sessions.setStepButtonsVisible(true);
        sessions.setValue(current.map(SeriesOffer::sessions).orElse(6));
        RhythmSelect every = new RhythmSelect(current.map(SeriesOffer::everyWeeks).orElse(1));
        offered.setValue(current.isPresent());
        FieldMessages messages = new FieldMessages().field("sessions", sessions).field("everyWeeks", every);
        add(new Paragraph("On the booking page, readers who choose a time can book it as a series: the same time every week "
                + "(or every 2 or 4 weeks). Sessions that are not free then are left out, and they see which before booking."),
                offered, every, sessions);
        Button save = new Button("Save", click -> {
            try {
                offers.offer(type.id(), offered.getValue() ? new SeriesOffer(value(sessions), every.everyWeeks()) : null);
                Notification.show(offered.getValue() ? "Readers can book " + type.name() + " as a series." : "No series of " + type.name() + " for readers.");
                close();
            } catch (InvalidInputException refused) {
                messages.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
