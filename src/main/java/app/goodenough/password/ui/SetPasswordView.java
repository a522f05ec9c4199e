package app.goodenough.password.ui;

import app.goodenough.account.PasswordPolicy;
import app.goodenough.password.PasswordLinks;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Choosing a password from an emailed link (the first one, or a new one). */
@Route(PasswordLinks.SET_ROUTE)
@PageTitle("Choose your password · Good Enough")
@AnonymousAllowed
class SetPasswordView extends Main implements HasUrlParameter<String> {

    private final PasswordLinks passwordLinks;

    SetPasswordView(PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
        addClassNames("page", "password-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1("Choose your password"));
        if (!passwordLinks.usable(token)) {
            add(new Paragraph("This link is not valid any more: it was used already, has expired or is incomplete."),
                    new Anchor("password/forgot", "Ask for a new link"));
            return;
        }
        PasswordField password = TextLimits.atMost(PasswordPolicy.MAX_LENGTH,
                new PasswordField("New password (at least 12 characters; a few words work well)"));
        PasswordField repeated = TextLimits.atMost(PasswordPolicy.MAX_LENGTH, new PasswordField("The same again"));
        Button save = new Button("Save my password", click -> save(token, password, repeated));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, repeated, save);
    }

    private void save(String token, PasswordField password, PasswordField repeated) {
        password.setInvalid(false);
        repeated.setInvalid(false);
        if (!password.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two passwords differ.");
            repeated.setInvalid(true);
            return;
        }
        try {
            passwordLinks.setPassword(token, password.getValue());
            removeAll();
            add(new H1("Your password is saved"), new Anchor("login", "Sign in"));
        } catch (InvalidInputException refused) {
            password.setErrorMessage(refused.problems().getFirst().message());
            password.setInvalid(true);
        }
    }
}
