package app.goodenough.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.password.PasswordLinks;
import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's mailbox shows each person the messages to them: a reader the confirmation of the
 * booking they made in this browser, with its links; a signed-in person their own; never the
 * letters to an address someone merely typed (a reset asked for the coach's address).
 */
class DemoMailboxViewTest extends ViewTest {

    @Autowired PasswordLinks passwordLinks;

    @Test
    void aReaderReadsTheConfirmationOfTheirBookingAndNotTheCoachsResetLink() {
        String email = "mailbox-" + UUID.randomUUID() + "@example.org";
        bookAsANewReader(email);
        passwordLinks.requestReset(Demo.COACH);

        navigate(DemoMailboxView.class);

        assertThat(recipients()).isNotEmpty().allSatisfy(recipient -> assertThat(recipient).isEqualTo(email));
        assertThat(links()).anySatisfy(link -> assertThat(link).contains("/manage/"))
                .anySatisfy(link -> assertThat(link).contains("/password/set/"));
    }

    @Test
    void theAdminReadsOnlyTheAdminsOwnLetters() {
        passwordLinks.requestReset(Demo.COACH);
        signIn.as(Demo.ADMIN);
        passwordLinks.requestReset(Demo.ADMIN);

        navigate(DemoMailboxView.class);

        assertThat(recipients()).isNotEmpty().allSatisfy(recipient -> assertThat(recipient).isEqualTo(Demo.ADMIN));
    }

    private void bookAsANewReader(String email) {
        UI.getCurrent().navigate("book");
        test($(Button.class).withAriaLabel("Intro call, 20 minutes").single()).click();
        test($(Button.class).withClassName("next-free").single()).click();
        test($(Button.class).withClassName("time").first()).click();
        test($(TextField.class).withLabel("Your name").single()).setValue("Mailbox Reader");
        test($(EmailField.class).withLabel("Email").single()).setValue(email);
        test($(Button.class).withText("Book this session").single()).click();
    }

    private List<String> recipients() {
        return $(Div.class).withClassName("outbox-message").all().stream()
                .map(message -> message.getElement().getTextRecursively())
                .map(text -> text.substring(text.indexOf("To ") + 3, text.indexOf(" · written")))
                .toList();
    }

    private List<String> links() {
        return $(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }
}
