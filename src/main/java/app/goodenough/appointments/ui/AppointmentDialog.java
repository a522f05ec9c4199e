package app.goodenough.appointments.ui;

import app.goodenough.appointments.AppointmentChoices;
import app.goodenough.appointments.AppointmentService;
import app.goodenough.appointments.NewAppointment;
import app.goodenough.practice.ui.FocusSelect;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.NewSeries;
import app.goodenough.series.SeriesService;
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
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "New appointment": the coach books a session for one of their clients or someone new, at any
 * time of their choosing; a time outside their working hours is said so, and booked only once
 * they tick that they mean it. "Repeat as a series" books one of their clients every 1, 2 or 4
 * weeks, after listing every session and how it fits.
 */
public class AppointmentDialog extends Dialog {

    private final AppointmentService appointments;
    private final SeriesService series;
    private final SeriesFields repeat = new SeriesFields(this::refresh);
    private final ClientChoice client;
    private final Select<SessionType> sessionType = new Select<>();
    private final DatePicker day = new DatePicker("Day");
    private final TimePicker time = new TimePicker("Start");
    private final FocusSelect focus;
    private final Checkbox outsideHours = new Checkbox("Book it outside my working hours");
    private final Paragraph formMessage = new Paragraph();
    private final FieldMessages messages;
    private final UUID idempotencyKey = UUID.randomUUID();
    private final UUID seriesKey = UUID.randomUUID();
    private final Button book = new Button("Book appointment");
    private final ZoneId zone;

    /** Opens on {@code suggestedDay} at {@code suggestedTime} (when one was clicked); {@code onBooked} follows a booking. */
    AppointmentDialog(AppointmentService appointments, SeriesService series, LocalDate suggestedDay, @Nullable LocalTime suggestedTime,
            Consumer<Confirmation> onBooked) {
        this.appointments = appointments;
        this.series = series;
        AppointmentChoices choices = appointments.choices();
        zone = choices.zone();
        client = new ClientChoice(choices.clients());
        focus = new FocusSelect("Focus (optional)", choices.principles());
        messages = repeat.showProblemsIn(client.showProblemsIn(new FieldMessages())).field("sessionType", sessionType).field("day", day).field("time", time)
                .field("focus", focus).field("outsideHours", outsideHours)
                .otherwise(formMessage::setText);
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
        outsideHours.addClassName("outside-hours");
        outsideHours.setVisible(false);
        sessionType.addValueChangeListener(change -> refresh());
        client.onChange(this::refresh);
        day.addValueChangeListener(change -> refresh());
        time.addValueChangeListener(change -> refresh());
        refresh();
        FormLayout when = new FormLayout(sessionType, day, time, focus);
        formMessage.addClassName("form-refusal");
        add(client, when, repeat, outsideHours, formMessage);
        book.addClickListener(click -> book(onBooked));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), book);
    }

    /** After any change: the session's end, and whether it (or, for a series, any of its sessions) lies outside the working hours. */
    private void refresh() {
        time.setHelperText(sessionType.getOptionalValue().filter(type -> time.getValue() != null)
                .map(type -> "Until " + DateFormats.current().time(time.getValue().plus(type.duration()))).orElse(null));
        boolean outside = repeat.repeats() ? previewSeries()
                : !appointments.withinMyHours(sessionType.getOptionalValue().map(SessionType::id).orElse(null), day.getValue(), time.getValue());
        outsideHours.setVisible(outside);
        outsideHours.setHelperText(outside ? "This time is outside your working hours" + (repeat.repeats() ? " on some of the days." : ".") : null);
        if (!outside) {
            outsideHours.setValue(false);
        }
        book.setText(repeat.repeats() ? "Book the free sessions" : "Book appointment");
    }

    /** Lists the series' sessions as they would fit; whether any lies outside the working hours. */
    private boolean previewSeries() {
        messages.clear();
        formMessage.setText("");
        try {
            repeat.show(series.preview(newSeries()), zone);
        } catch (InvalidInputException refusal) {
            repeat.clear();
            if (client.isForSomeoneNew()) {
                formMessage.setText("A series is for one of your clients: book someone new's first session on its own.");
            } else if (client.lacksAClient()) {
                formMessage.setText("Choose the client, and the sessions of the series show here.");
            } else {
                messages.show(refusal);
            }
        }
        return repeat.anyOutsideHours();
    }

    private NewSeries newSeries() {
        return new NewSeries(sessionType.getOptionalValue().map(SessionType::id).orElse(null), client.clientId(), day.getValue(), time.getValue(),
                repeat.everyWeeks(), repeat.sessionCount(), focus.slug(), outsideHours.getValue(), seriesKey);
    }

    private void bookSeries(Consumer<Confirmation> onBooked) {
        try {
            List<Confirmation> booked = series.book(newSeries(), repeat.bookable(outsideHours.getValue()));
            close();
            Notification.show("Booked " + booked.size() + " sessions with " + booked.getFirst().clientName() + ", the first on "
                    + DateFormats.current().moment(booked.getFirst().booking().start().atZone(zone)) + ".", 6000, Notification.Position.BOTTOM_START);
            onBooked.accept(booked.getFirst());
        } catch (InvalidInputException refusal) {
            messages.show(refusal);
        }
    }

    private void book(Consumer<Confirmation> onBooked) {
        messages.clear();
        formMessage.setText("");
        if (client.lacksAClient()) {
            messages.show(new InvalidInputException("client", "Choose one of your clients, or book for someone new."));
            return;
        }
        if (repeat.repeats()) {
            bookSeries(onBooked);
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
