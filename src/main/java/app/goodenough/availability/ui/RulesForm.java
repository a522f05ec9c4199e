package app.goodenough.availability.ui;

import app.goodenough.availability.RuleSettings;
import app.goodenough.practice.TimeZones;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.time.ZoneId;

/** The coach's time zone and the numbers the slot engine works with. */
class RulesForm extends FormLayout {

    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final IntegerField bufferBefore = field("Free before each session", "minutes");
    private final IntegerField bufferAfter = field("Free after each session", "minutes");
    private final IntegerField minimumNotice = field("Minimum notice", "hours");
    private final IntegerField horizon = field("Bookable ahead", "days");
    private final IntegerField slotStep = field("Start times every", "minutes");
    private final IntegerField cancellationWindow = field("Clients can change a booking until", "hours before");
    private final IntegerField reminderLead = field("Reminders go out", "hours before");

    RulesForm(ZoneId zone, RuleSettings settings) {
        timeZone.setItems(TimeZones.choices());
        timeZone.setValue(zone.getId());
        bufferBefore.setValue((int) settings.bufferBefore().toMinutes());
        bufferAfter.setValue((int) settings.bufferAfter().toMinutes());
        minimumNotice.setValue((int) settings.minimumNotice().toHours());
        horizon.setValue(settings.horizonDays());
        slotStep.setValue((int) settings.slotStep().toMinutes());
        cancellationWindow.setValue((int) settings.cancellationWindow().toHours());
        reminderLead.setValue((int) settings.reminderLead().toHours());
        add(timeZone, slotStep, bufferBefore, bufferAfter, minimumNotice, horizon, cancellationWindow, reminderLead);
    }

    void register(FieldMessages messages) {
        messages.field("timeZone", timeZone).field("bufferBefore", bufferBefore).field("bufferAfter", bufferAfter)
                .field("minimumNotice", minimumNotice).field("horizon", horizon).field("slotStep", slotStep)
                .field("cancellationWindow", cancellationWindow).field("reminderLead", reminderLead);
    }

    String timeZone() {
        return timeZone.getValue();
    }

    /** The settings entered; an empty field counts as an impossible value, so the checks name it. */
    RuleSettings settings() {
        return new RuleSettings(minutes(bufferBefore), minutes(bufferAfter), hours(minimumNotice),
                horizon.getValue() == null ? 0 : horizon.getValue(), minutes(slotStep), hours(cancellationWindow),
                hours(reminderLead));
    }

    private static Duration minutes(IntegerField field) {
        return field.getValue() == null ? Duration.ofMinutes(-1) : Duration.ofMinutes(field.getValue());
    }

    private static Duration hours(IntegerField field) {
        return field.getValue() == null ? Duration.ofHours(-1) : Duration.ofHours(field.getValue());
    }

    private static IntegerField field(String label, String unit) {
        IntegerField field = new IntegerField(label);
        field.setSuffixComponent(new Span(unit));
        field.setStepButtonsVisible(true);
        return field;
    }
}
