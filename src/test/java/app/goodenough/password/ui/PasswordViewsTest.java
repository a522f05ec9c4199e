package app.goodenough.password.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.shared.ClientAddress;
import app.goodenough.shared.PublicFormThrottle;
import app.goodenough.support.Demo;
import app.goodenough.support.TestDatabaseInitializer;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PasswordViewsTest extends ViewTest {

    @Autowired PublicFormThrottle throttle;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aForgottenPasswordIsResetByTheEmailedLink() {
        String email = "forgetful-" + UUID.randomUUID() + "@example.org";
        jdbc.update("insert into account (email, display_name, role) values (?, 'Forgetful Reader', 'CLIENT')", email);
        signIn.out();

        navigate(ForgotPasswordView.class);
        test($(EmailField.class).single()).setValue(email);
        test($(Button.class).withText("Send me a link").single()).click();
        assertThat($(Paragraph.class).withTextContaining("a link to choose a new password is on its way").exists()).isTrue();

        Matcher link = Pattern.compile("/password/set/([A-Za-z0-9_-]+)").matcher(jdbc.queryForObject(
                "select text_body from outbox_message where recipient_email = ? and kind = 'PASSWORD_LINK'", String.class, email));
        assertThat(link.find()).isTrue();
        navigate(SetPasswordView.class, link.group(1));
        test($(PasswordField.class).withLabelContaining("New password").single()).setValue("three quiet words today");
        test($(PasswordField.class).withLabel("The same again").single()).setValue("three quiet words today!");
        test($(Button.class).withText("Save my password").single()).click();
        assertThat($(PasswordField.class).withLabel("The same again").single().getErrorMessage()).isEqualTo("The two passwords differ.");

        test($(PasswordField.class).withLabel("The same again").single()).setValue("three quiet words today");
        test($(Button.class).withText("Save my password").single()).click();
        assertThat($(H1.class).single().getText()).isEqualTo("Your password is saved");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndABrokenLinkSaysSo() {
        signIn.out();
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).single()).setValue("no-one-" + UUID.randomUUID() + "@example.org");
        test($(Button.class).withText("Send me a link").single()).click();
        assertThat($(Paragraph.class).withTextContaining("a link to choose a new password is on its way").exists()).isTrue();

        navigate(SetPasswordView.class, "not-a-link");
        assertThat($(Paragraph.class).withTextContaining("This link is not valid any more").exists()).isTrue();
        assertThat($(PasswordField.class).all()).isEmpty();
    }

    @Test
    void aFloodOfLinkRequestsFromOneAddressIsAskedToWaitAtTheField() {
        signIn.out();
        navigate(ForgotPasswordView.class);
        String address = ClientAddress.current();
        for (int i = 0; i < TestDatabaseInitializer.PUBLIC_FORM_ALLOWANCE; i++) {
            throttle.passwordLinkRequest(address);
        }
        try {
            test($(EmailField.class).single()).setValue(Demo.ALEX);
            test($(Button.class).withText("Send me a link").single()).click();

            assertThat($(EmailField.class).single().getErrorMessage())
                    .startsWith("Many links were asked for from your connection just now").contains("try again in 60 minutes");
            assertThat($(Paragraph.class).withTextContaining("is on its way").exists()).isFalse();
        } finally {
            throttle.forgive(address);
        }
    }

}
