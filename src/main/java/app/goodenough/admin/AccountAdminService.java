package app.goodenough.admin;

import app.goodenough.account.Account;
import app.goodenough.account.AccountDirectory;
import app.goodenough.account.SecurityEvent;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.shared.InvalidInputException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's work on accounts: every account, switching one on or off, and the security log. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class AccountAdminService {

    private static final int MAX_LOG_LINES = 1000;

    private final AccountDirectory accounts;
    private final CurrentUser currentUser;

    AccountAdminService(AccountDirectory accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    public List<Account> listAccounts() {
        return accounts.all();
    }

    /** The newest entries of the security log: sign-ins, failures, password and account changes. */
    public List<SecurityEvent> securityLog(int limit) {
        return accounts.newestSecurityEvents(Math.max(1, Math.min(limit, MAX_LOG_LINES)));
    }

    /** Switches an account on or off; switching off ends its sessions at once. The admin cannot switch off their own. */
    @Transactional
    public void setEnabled(AccountId id, boolean enabled) {
        AccountId me = currentUser.require().id();
        if (!enabled && me.equals(id)) {
            throw new InvalidInputException("enabled", "You cannot switch off your own account.");
        }
        if (!accounts.switchAccount(id, enabled, me)) {
            throw new InvalidInputException("account", "This account no longer exists.");
        }
    }
}
