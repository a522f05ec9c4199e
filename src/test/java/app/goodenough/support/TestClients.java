package app.goodenough.support;

import app.goodenough.account.AccountService;
import app.goodenough.account.NewAccount;
import app.goodenough.identity.Role;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Client accounts with a password, opened as the admin would, each with a fresh address. */
@Component
public class TestClients {

    private final AccountService accountService;
    private final SignIn signIn;

    TestClients(AccountService accountService, SignIn signIn) {
        this.accountService = accountService;
        this.signIn = signIn;
    }

    /** Opens the account and returns its email; afterwards nobody is signed in on this thread. */
    public String withPassword(String name, String password) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + UUID.randomUUID() + "@example.org";
        signIn.as(Demo.ADMIN);
        try {
            accountService.createAccount(new NewAccount(email, name, Role.CLIENT, password));
        } finally {
            signIn.out();
        }
        return email;
    }
}
