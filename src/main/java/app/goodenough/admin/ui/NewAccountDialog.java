package app.goodenough.admin.ui;

import app.goodenough.account.DisplayNames;
import app.goodenough.account.EmailAddresses;
import app.goodenough.account.NewAccount;
import app.goodenough.account.PasswordPolicy;
import app.goodenough.identity.Role;
import app.goodenough.practice.TimeZones;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Opens an account for a client, a coach (with their practice's time zone) or another admin. */
class NewAccountDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final Select<Role> role = new Select<>();
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone of the practice");
    private final PasswordField password = new PasswordField("First password");
    private final FieldMessages messages = new FieldMessages()
            .field("displayName", name).field("email", email).field("role", role)
            .field("timeZone", timeZone).field("password", password);

    private final Opener opener;
    private final Runnable onCreated;

    /** Opens the account (a coach's with their practice in the zone given); refuses with {@link InvalidInputException} at the fields. */
    @FunctionalInterface
    interface Opener {
        void open(NewAccount account, String coachTimeZone);
    }

    NewAccountDialog(Opener opener, Runnable onCreated) {
        this.opener = opener;
        this.onCreated = onCreated;
        setHeaderTitle("New account");
        configureFields();
        add(new FormLayout(name, email, role, timeZone, password));
        Button create = new Button("Open account", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    private void configureFields() {
        TextLimits.atMost(DisplayNames.MAX_LENGTH, name);
        name.setRequiredIndicatorVisible(true);
        TextLimits.atMost(EmailAddresses.MAX_LENGTH, email);
        email.setRequiredIndicatorVisible(true);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.CLIENT);
        role.addValueChangeListener(change -> timeZone.setVisible(change.getValue() == Role.COACH));
        timeZone.setItems(TimeZones.choices());
        timeZone.setValue("Europe/Berlin");
        timeZone.setVisible(false);
        TextLimits.atMost(PasswordPolicy.MAX_LENGTH, password);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; they can change it later.");
    }

    private void create() {
        NewAccount account = new NewAccount(email.getValue(), name.getValue(), role.getValue(), password.getValue());
        try {
            opener.open(account, timeZone.getValue());
            onCreated.run();
            close();
        } catch (InvalidInputException refusal) {
            messages.show(refusal);
        }
    }
}
