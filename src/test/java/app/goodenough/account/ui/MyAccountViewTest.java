package app.goodenough.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Demo;
import app.goodenough.support.TestClients;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MyAccountViewTest extends ViewTest {

    @Autowired TestClients testClients;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aClientSeesTheirOwnDetailsAndNoOneElses() {
        signIn.as(Demo.ALEX);
        navigate(MyAccountView.class);

        assertThat($(TextField.class).withLabel("Name").single().getValue()).isEqualTo("Alex Chen");
        assertThat($(Paragraph.class).withTextContaining(Demo.ALEX).exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining(Demo.SAM).exists()).isFalse();
    }

    @Test
    void detailsAreSavedAndABadPhoneIsNamedAtItsField() {
        String email = clientWithPassword();
        signIn.as(email);
        navigate(MyAccountView.class);

        test($(TextField.class).withLabel("Phone (optional)").single()).setValue("call me <script>");
        test($(Button.class).withText("Save details").single()).click();
        assertThat($(TextField.class).withLabel("Phone (optional)").single().isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select phone from account where email = ?", String.class, email)).isEmpty();

        test($(TextField.class).withLabel("Phone (optional)").single()).setValue("+49 30 1234567");
        test($(ComboBox.class).withLabelContaining("Time zone").single()).selectItem("America/New_York");
        test($(Button.class).withText("Save details").single()).click();
        assertThat(jdbc.queryForMap("select phone, time_zone from account where email = ?", email))
                .containsEntry("phone", "+49 30 1234567").containsEntry("time_zone", "America/New_York");
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentOne() {
        String email = clientWithPassword();
        signIn.as(email);
        navigate(MyAccountView.class);

        test($(PasswordField.class).withLabel("Current password").single()).setValue("not the right one at all");
        test($(PasswordField.class).withLabelContaining("New password (").single()).setValue("another quiet evening walk");
        test($(PasswordField.class).withLabel("New password again").single()).setValue("another quiet evening walk");
        test($(Button.class).withText("Change password").single()).click();
        assertThat($(PasswordField.class).withLabel("Current password").single().getErrorMessage())
                .isEqualTo("That is not your current password.");

        test($(PasswordField.class).withLabel("Current password").single()).setValue("a first long password");
        test($(Button.class).withText("Change password").single()).click();
        assertThat($(Paragraph.class).withTextContaining("Your password is changed").exists()).isTrue();
    }

    private String clientWithPassword() {
        return testClients.withPassword("Own Account", "a first long password");
    }
}
