package app.goodenough.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.account.Account;
import app.goodenough.identity.Role;
import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AccountsViewTest extends ViewTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void openAccounts() {
        signIn.as(Demo.ADMIN);
        navigate(AccountsView.class);
    }

    @Test
    void theAdminSeesEveryDemoAccount() {
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(4);
        assertThat(accountsShown()).contains(Demo.COACH, Demo.ADMIN, Demo.SAM, Demo.ALEX);
    }

    @Test
    void theAdminOpensACoachAccountWithItsPracticeTimeZone() {
        String email = "new-coach-" + UUID.randomUUID() + "@example.org";
        test($(Button.class).withText("New account").single()).click();
        test($(TextField.class).withLabel("Name").single()).setValue("Noor Haddad");
        test($(EmailField.class).withLabel("Email").single()).setValue(email);
        Select<Role> role = $(Select.class).withLabel("Role").single();
        role.setValue(Role.COACH);
        ComboBox<String> zone = $(ComboBox.class).withLabel("Time zone of the practice").single();
        assertThat(zone.isVisible()).isTrue();
        zone.setValue("Asia/Tokyo");
        test($(PasswordField.class).withLabel("First password").single()).setValue("tea at the harbour");
        test($(Button.class).withText("Open account").single()).click();

        assertThat(accountsShown()).contains(email);
        assertThat(jdbc.queryForObject(
                "select p.time_zone from coach_profile p join account a on a.id = p.account_id where a.email = ?",
                String.class, email)).isEqualTo("Asia/Tokyo");
    }

    @Test
    void badInputIsExplainedAtEachFieldAndNothingIsStored() {
        int before = jdbc.queryForObject("select count(*) from account", Integer.class);
        test($(Button.class).withText("New account").single()).click();
        test($(EmailField.class).withLabel("Email").single()).setValue("sam@");
        test($(PasswordField.class).withLabel("First password").single()).setValue("short");
        test($(Button.class).withText("Open account").single()).click();

        TextField name = $(TextField.class).withLabel("Name").single();
        EmailField email = $(EmailField.class).withLabel("Email").single();
        PasswordField password = $(PasswordField.class).withLabel("First password").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address like name@example.com.");
        assertThat(password.getErrorMessage()).contains("at least 12 characters");
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private List<String> accountsShown() {
        Grid<Account> grid = $(Grid.class).single();
        return grid.getGenericDataView().getItems().map(Account::email).toList();
    }
}
