package app.goodenough.account;

import app.goodenough.account.internal.AccountRepository;
import app.goodenough.account.internal.SecurityLog;
import app.goodenough.identity.AccountId;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the password links find them, and the password a link lets its owner set: the
 * same policy, hashing and security log as a change in My account. The caller has checked
 * the link; every sign-in of the account before this moment ends.
 */
@Component
public class AccountPasswords {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.standard();

    AccountPasswords(AccountRepository accounts, PasswordEncoder passwordEncoder, SecurityLog securityLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    public Optional<Account> find(AccountId id) {
        return accounts.findById(id);
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(email);
    }

    /** Sets the password; a password the policy refuses is named at the field {@code password} and changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setByLink(Account account, String password) {
        passwordPolicy.problemWith(password, account.email()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        accounts.updatePassword(account.id(), passwordEncoder.encode(password), clock.instant());
        securityLog.record(SecurityLog.Kind.PASSWORD_SET_BY_LINK, account.id(), null, null);
    }
}
