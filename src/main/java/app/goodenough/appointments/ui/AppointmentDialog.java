package app.goodenough.appointments.ui;

import app.goodenough.appointments.AppointmentChoices;
import app.goodenough.appointments.AppointmentService;
import app.goodenough.appointments.NewAppointment;
import app.goodenough.practice.ui.FocusSelect;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.DateFields;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "New appointment": the coach books a session for one of their clients or someone new, at any
 * time of their choosing; a time outside their working hours is said so, and booked only once
 * they tick that they mean it.
 */
public class AppointmentDialog extends Dialog {

    private final AppointmentService appointments;
    private final ClientChoice client;
    private final Select<SessionType> sessionType = new Select<>();
    private final DatePicker day = new DatePicker("Day");
    private final TimePicker time = new TimePicker("Start");
    private final FocusSelect focus;
    private final Checkbox outsideHours = new Checkbox("Book it outside my working hours");
    private final Paragraph formMessage = new Paragraph();
    private final FieldMessages messages;
    private final UUID idempotencyKey = UUID.randomUUID();

    /** Opens on {@code suggestedDay} at {@code suggestedTime} (when one was clicked); {@code onBooked} follows a booking. */
    public AppointmentDialog(AppointmentService appointments, LocalDate suggestedDay, @Nullable LocalTime suggestedTime,
            Consumer<Confirmation> onBooked) {
        this.appointments = appointments;
        AppointmentChoices choices = appointments.choices();
        client = new ClientChoice(choices.clients());
        focus = new FocusSelect("Focus (optional)", choices.principles());
        messages = client.showProblemsIn(new FieldMessages()).field("sessionType", sessionType).field("day", day).field("time", time)
                .field("focus", focus).field("outsideHours", outsideHours).otherwise(formMessage::setText);
        setHeaderTitle("New appointment");
        addClassName("appointment-dialog");
        sessionType.setLabel("Session type");
        sessionType.setItems(choices.sessionTypes());
        sessionType.setItemLabelGenerator(type -> type.name() + " · " + type.durationMinutes() + " min"
                + (type.active() ? "" : " · not offered to readers"));
        choices.sessionTypes().stream().filter(SessionType::active).findFirst().ifPresent(sessionType::setValue);
        DateFields.localize(day, choices.today());
        day.setValue(suggestedDay);
        DateFields.localize(time).setStep(Duration.ofMinutes(15));
        time.setValue(suggestedTime);
        outsideHours.setVisible(false);
        sessionType.addValueChangeListener(change -> checkHours());
        day.addValueChangeListener(change -> checkHours());
        time.addValueChangeListener(change -> checkHours());
        checkHours();
        FormLayout when = new FormLayout(sessionType, day, time, focus);
        formMessage.addClassName("form-refusal");
        add(client, when, outsideHours, formMessage);
        Button book = new Button("Book appointment", click -> book(onBooked));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), book);
    }

    private void checkHours() {
        boolean within = appointments.withinMyHours(sessionType.getOptionalValue().map(SessionType::id).orElse(null),
                day.getValue(), time.getValue());
        time.setHelperText(sessionType.getOptionalValue().filter(type -> time.getValue() != null)
                .map(type -> "Until " + DateFormats.current().time(time.getValue().plus(type.duration()))).orElse(null));
        outsideHours.setVisible(!within);
        outsideHours.setHelperText(within ? null : "This time is outside your working hours.");
        if (within) {
            outsideHours.setValue(false);
        }
    }

    private void book(Consumer<Confirmation> onBooked) {
        messages.clear();
        formMessage.setText("");
        if (client.lacksAClient()) {
            messages.show(new InvalidInputException("client", "Choose one of your clients, or book for someone new."));
            return;
        }
        try {
            Confirmation booked = appointments.book(new NewAppointment(sessionType.getOptionalValue().map(SessionType::id).orElse(null),
                    day.getValue(), time.getValue(), client.clientId(), client.name(), client.email(), client.phone(), focus.slug(),
                    outsideHours.getValue(), idempotencyKey));
            close();
            Notification.show("Booked: " + booked.clientName() + ", "
                    + DateFormats.current().moment(booked.booking().start().atZone(booked.coach().timeZone()))
                    + ". The confirmation is on its way.", 6000, Notification.Position.BOTTOM_START);
            onBooked.accept(booked);
        } catch (InvalidInputException refusal) {
            messages.show(refusal);
        }
    }
}
