package app.goodenough.password.ui;

import app.goodenough.password.PasswordLinks;
import app.goodenough.shared.ClientAddress;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.PublicFormThrottle;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asking for a password link; the answer is the same whether or not the address has an account. */
@Route("password/forgot")
@PageTitle("Forgot your password · Good Enough")
@AnonymousAllowed
class ForgotPasswordView extends Main {

    ForgotPasswordView(PasswordLinks passwordLinks, PublicFormThrottle throttle) {
        addClassNames("page", "password-page");
        EmailField email = new EmailField("Email");
        email.setAutocomplete(Autocomplete.EMAIL);
        TextLimits.atMost(254, email);
        Paragraph answer = new Paragraph();
        Button send = new Button("Send me a link", click -> {
            try {
                throttle.passwordLinkRequest(ClientAddress.current()).ifPresent(wait -> {
                    throw new InvalidInputException("email", wait);
                });
                passwordLinks.requestReset(email.getValue());
                email.setInvalid(false);
                answer.setText("If " + email.getValue().strip() + " belongs to an account, a link to choose a new password is on "
                        + "its way. It works once, for one hour.");
            } catch (InvalidInputException refused) {
                email.setErrorMessage(refused.problems().getFirst().message());
                email.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Forgot your password?"), new Paragraph("Enter the address you booked or signed in with."), email, send, answer);
    }
}
