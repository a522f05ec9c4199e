package app.goodenough.account;

import app.goodenough.account.internal.AccountRepository;
import app.goodenough.account.internal.SecurityLog;
import app.goodenough.identity.AccountId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every account, switching one on or off, and the security log, as the admin's work needs
 * them. The caller checks that an admin asks; the log is written here, beside every other
 * change of an account.
 */
@Component
public class AccountDirectory {

    private final AccountRepository accounts;
    private final SecurityLog securityLog;
    private final Clock clock;

    AccountDirectory(AccountRepository accounts, SecurityLog securityLog, Clock clock) {
        this.accounts = accounts;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** Every account by role and name; never a password hash, only whether there is one. */
    public List<Account> all() {
        return accounts.findAll();
    }

    /**
     * Switches the account on or off and says who did in the security log; switching off ends its
     * sessions at once, on every instance. False when there is no such account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean switchAccount(AccountId id, boolean on, AccountId by) {
        if (!accounts.updateEnabled(id, on, clock.instant())) {
            return false;
        }
        securityLog.record(on ? SecurityLog.Kind.ACCOUNT_SWITCHED_ON : SecurityLog.Kind.ACCOUNT_SWITCHED_OFF, id, by, null);
        return true;
    }

    public List<SecurityEvent> newestSecurityEvents(int limit) {
        return securityLog.newest(limit);
    }
}
