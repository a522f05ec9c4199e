package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.admin.AccountAdminService;
import app.goodenough.identity.Role;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

class AccountServiceTest extends ServiceTest {

    @Autowired AccountService accountService;
    @Autowired AccountAdminService accountAdmin;
    @Autowired UserDetailsService users;

    @Test
    void anAdminOpensAnAccountWhosePasswordIsStoredAsAnArgon2idHash() {
        signIn.as(Demo.ADMIN);
        String email = unique("river");

        Account account = accountService.createAccount(new NewAccount(email, "  River Song ", Role.CLIENT, "a long walk home"));

        assertThat(account.displayName()).isEqualTo("River Song");
        assertThat(account.role()).isEqualTo(Role.CLIENT);
        assertThat(account.enabled()).isTrue();
        assertThat(account.hasPassword()).isTrue();
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, account.id().value());
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("a long walk home");
    }

    @Test
    void anEmailAddressIsTakenWhateverItsCase() {
        signIn.as(Demo.ADMIN);
        String email = unique("case");
        accountService.createAccount(new NewAccount(email, "First", Role.CLIENT, "a long walk home"));

        assertThatThrownBy(() -> accountService.createAccount(
                new NewAccount(email.toUpperCase(Locale.ROOT), "Second", Role.CLIENT, "a long walk home")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .containsExactly(new FieldProblem("email", "An account with this email address already exists.")));
    }

    @Test
    void anAddressWithAnIIsFoundInCapitalsOnATurkishMachine() {
        signIn.as(Demo.ADMIN);
        String email = unique("iris");
        accountService.createAccount(new NewAccount(email, "Iris", Role.CLIENT, "a long walk home"));

        assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
        assertThat(users.loadUserByUsername(email.toUpperCase(Locale.ROOT)).getUsername()).isEqualTo(email);
        assertThat(accountService.emailRegistered(email.toUpperCase(Locale.ROOT))).isTrue();
    }

    @Test
    void theDatabaseItselfRefusesTheSameEmailInAnotherCase() {
        String email = unique("db");
        jdbc.update("insert into account (email, display_name, role) values (?, 'A', 'CLIENT')", email);

        assertThatThrownBy(() -> jdbc.update(
                "insert into account (email, display_name, role) values (?, 'B', 'CLIENT')", email.toUpperCase(Locale.ROOT)))
                .hasMessageContaining("account_email_unique");
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        signIn.as(Demo.ADMIN);
        int before = count();

        assertThatThrownBy(() -> accountService.createAccount(new NewAccount("not-an-email", " ", null, "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("email", "displayName", "role", "password"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyAdminsListAndOpenAccounts() {
        NewAccount request = new NewAccount(unique("nope"), "Nope", Role.ADMIN, "a long walk home");
        for (String email : new String[] {Demo.SAM, Demo.COACH}) {
            signIn.as(email);
            assertThatThrownBy(accountAdmin::listAccounts).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accountService.createAccount(request)).isInstanceOf(AccessDeniedException.class);
        }
        signIn.out();
        assertThatThrownBy(accountAdmin::listAccounts).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(accountService::myAccount).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void everyoneSeesOnlyTheirOwnAccount() {
        signIn.as(Demo.SAM);
        assertThat(accountService.myAccount().email()).isEqualTo(Demo.SAM);
        signIn.as(Demo.ALEX);
        assertThat(accountService.myAccount().email()).isEqualTo(Demo.ALEX);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from account", Integer.class);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
