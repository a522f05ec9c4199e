package app.goodenough.admin;

import app.goodenough.account.Account;
import app.goodenough.admin.internal.AdminRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
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

    private final AdminRepository admin;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountAdminService(AdminRepository admin, CurrentUser currentUser, Clock clock) {
        this.admin = admin;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<Account> listAccounts() {
        return admin.accounts();
    }

    /** The newest entries of the security log: sign-ins, failures, password and account changes. */
    public List<SecurityEvent> securityLog(int limit) {
        return admin.newestSecurityEvents(Math.max(1, Math.min(limit, MAX_LOG_LINES)));
    }

    /** Switches an account on or off; switching off ends its sessions at once. The admin cannot switch off their own. */
    @Transactional
    public void setEnabled(AccountId id, boolean enabled) {
        AccountId me = currentUser.require().id();
        if (!enabled && me.equals(id)) {
            throw new InvalidInputException("enabled", "You cannot switch off your own account.");
        }
        if (!admin.switchAccount(id, enabled, me, clock.instant())) {
            throw new InvalidInputException("account", "This account no longer exists.");
        }
    }
}
