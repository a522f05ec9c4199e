package app.goodenough.account.ui;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.account.MyDetails;
import app.goodenough.account.PasswordPolicy;
import app.goodenough.identity.Roles;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.PhoneField;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A client's own account: name, phone and time zone to keep up to date, and their password. */
@Route("my/account")
@PageTitle("Your account · Good Enough")
@Menu(order = 90, title = "Your account")
@RolesAllowed(Roles.CLIENT)
class MyAccountView extends Main {

    private final AccountService accountService;
    private final TextField name = new TextField("Name");
    private final PhoneField phone = new PhoneField("Phone (optional)");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone (empty: your browser's)");
    private final Paragraph detailsSaved = new Paragraph();
    private final PasswordField currentPassword = TextLimits.atMost(PasswordPolicy.MAX_LENGTH, new PasswordField("Current password"));
    private final PasswordField newPassword = TextLimits.atMost(PasswordPolicy.MAX_LENGTH,
            new PasswordField("New password (at least 12 characters)"));
    private final PasswordField repeated = TextLimits.atMost(PasswordPolicy.MAX_LENGTH, new PasswordField("New password again"));
    private final Paragraph passwordSaved = new Paragraph();
    private final FieldMessages messages = new FieldMessages().field("displayName", name).field("phone", phone)
            .field("timeZone", timeZone).field("currentPassword", currentPassword).field("newPassword", newPassword);

    MyAccountView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("page");
        Account account = accountService.myAccount();
        MyDetails details = accountService.myDetails();
        name.setValue(details.displayName());
        TextLimits.atMost(120, name);
        name.setAutocomplete(Autocomplete.NAME);
        phone.setValue(details.phone());
        TextLimits.atMost(40, phone);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
        timeZone.setClearButtonVisible(true);
        timeZone.setValue(details.timeZone().isEmpty() ? null : details.timeZone());
        Button save = new Button("Save details", click -> saveDetails());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        currentPassword.addClassName("current-password");
        newPassword.addClassName("new-password");
        repeated.addClassName("repeated-password");
        Button change = new Button("Change password", click -> changePassword());
        add(new H1("Your account"),
                new Paragraph(account.email() + " · with us since " + DateFormats.current().date(account.createdAt().atZone(ZoneOffset.UTC))),
                new FormLayout(name, phone, timeZone), save, detailsSaved,
                new H2("Password"), new Paragraph("Changing it signs you out everywhere else."),
                new FormLayout(currentPassword, newPassword, repeated), change, passwordSaved,
                new H2("Your data"), new Paragraph(new Text("Download everything we hold about you, or ask to be forgotten: "),
                        new Anchor("my/data", "your data"), new Text(".")));
    }

    private void saveDetails() {
        messages.clear();
        try {
            accountService.changeMyDetails(new MyDetails(name.getValue(), phone.getValue(), timeZone.getValue() == null ? "" : timeZone.getValue()));
            detailsSaved.setText("Saved.");
        } catch (InvalidInputException refused) {
            detailsSaved.setText("");
            messages.show(refused);
        }
    }

    private void changePassword() {
        messages.clear();
        repeated.setInvalid(false);
        passwordSaved.setText("");
        if (!newPassword.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two new passwords differ.");
            repeated.setInvalid(true);
            return;
        }
        try {
            accountService.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeated.clear();
            passwordSaved.setText("Your password is changed; your other sessions are signed out.");
        } catch (InvalidInputException refused) {
            messages.show(refused);
        }
    }
}
