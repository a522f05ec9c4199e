package app.goodenough.appointments.ui;

import app.goodenough.account.DisplayNames;
import app.goodenough.account.EmailAddresses;
import app.goodenough.identity.AccountId;
import app.goodenough.practice.ClientSummary;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.PhoneField;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who an appointment is for: one of the coach's clients, found by name or address, or someone new. */
class ClientChoice extends FormLayout {

    enum Kind {
        EXISTING("One of my clients"), NEW("Someone new");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>("For");
    private final ComboBox<ClientSummary> existing = new ComboBox<>("Client");
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final PhoneField phone = new PhoneField("Phone (optional)");

    ClientChoice(List<ClientSummary> clients) {
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(choice -> choice.label);
        existing.setItems((client, filter) -> (client.name() + " " + client.email()).toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT)),
                clients);
        existing.setItemLabelGenerator(client -> client.name() + " · " + client.email());
        existing.setRequiredIndicatorVisible(true);
        TextLimits.atMost(DisplayNames.MAX_LENGTH, name);
        name.setRequiredIndicatorVisible(true);
        TextLimits.atMost(EmailAddresses.MAX_LENGTH, email);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText("The confirmation and a link to manage the session go here.");
        TextLimits.atMost(BookingRequest.MAX_PHONE_LENGTH, phone);
        kind.addValueChangeListener(change -> show(change.getValue()));
        kind.setValue(clients.isEmpty() ? Kind.NEW : Kind.EXISTING);
        add(kind, existing, name, email, phone);
        setColspan(kind, 2);
    }

    /** Calls {@code changed} whenever the client chosen (or the kind of choice) changes. */
    void onChange(Runnable changed) {
        kind.addValueChangeListener(change -> changed.run());
        existing.addValueChangeListener(change -> changed.run());
    }

    private void show(Kind chosen) {
        existing.setVisible(chosen == Kind.EXISTING);
        name.setVisible(chosen == Kind.NEW);
        email.setVisible(chosen == Kind.NEW);
        phone.setVisible(chosen == Kind.NEW);
    }

    /** The client chosen from the list; null when the appointment is for someone new. */
    @Nullable AccountId clientId() {
        return kind.getValue() == Kind.EXISTING ? existing.getOptionalValue().map(ClientSummary::id).orElse(null) : null;
    }

    /** Whether the coach said the appointment is for one of their clients but did not choose which. */
    boolean lacksAClient() {
        return !isForSomeoneNew() && existing.isEmpty();
    }

    boolean isForSomeoneNew() {
        return kind.getValue() == Kind.NEW;
    }

    String name() {
        return isForSomeoneNew() ? name.getValue() : "";
    }

    String email() {
        return isForSomeoneNew() ? email.getValue() : "";
    }

    String phone() {
        return isForSomeoneNew() ? phone.getValue() : "";
    }

    FieldMessages showProblemsIn(FieldMessages messages) {
        return messages.field("client", existing).field("name", name).field("email", email).field("phone", phone);
    }
}
