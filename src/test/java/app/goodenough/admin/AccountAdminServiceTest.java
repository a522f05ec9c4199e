package app.goodenough.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.account.NewAccount;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.Role;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountAdminServiceTest extends ServiceTest {

    @Autowired AccountService accountService;
    @Autowired AccountAdminService accountAdmin;

    @Test
    void anAdminSwitchesAccountsOffAndOnButNeverTheirOwn() {
        signIn.as(Demo.ADMIN);
        Account account = accountService.createAccount(new NewAccount(unique("pause"), "Pause", Role.CLIENT, "a long walk home"));

        accountAdmin.setEnabled(account.id(), false);
        assertThat(enabled(account.id())).isFalse();
        accountAdmin.setEnabled(account.id(), true);
        assertThat(enabled(account.id())).isTrue();

        AccountId me = accountService.myAccount().id();
        assertThatThrownBy(() -> accountAdmin.setEnabled(me, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accountAdmin.setEnabled(new AccountId(UUID.randomUUID()), false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(enabled(me)).isTrue();
    }

    private boolean enabled(AccountId id) {
        return jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id.value());
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
