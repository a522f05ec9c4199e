package app.goodenough.account;

import app.goodenough.account.internal.AccountRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.Role;
import app.goodenough.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client account behind a booking: found by email whatever its case, or opened without a
 * password, so that a first-time reader needs no account beforehand.
 */
@Service
@PreAuthorize(Roles.IS_SYSTEM)
public class ClientAccounts {

    private final AccountRepository accounts;

    ClientAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The client's name and email, for their confirmation. */
    @Transactional(readOnly = true)
    public Account contactOf(AccountId clientId) {
        return accounts.findById(clientId).orElseThrow();
    }

    /**
     * The account with this address, whatever its role, or a new client account without a password.
     * Whoever books learns nothing from it: the answer goes to the address, not to the page.
     */
    @Transactional
    public AddressOwner findOrOpen(String email, String displayName) {
        boolean opened = accounts.insertIfAbsent(email, displayName, Role.CLIENT);
        return new AddressOwner(accounts.findForSignIn(email).orElseThrow().id(), opened);
    }

    /** Whether the account may be a client of a practice; staff accounts may not. */
    @Transactional(readOnly = true)
    public boolean isClient(AccountId id) {
        return accounts.findById(id).map(account -> account.role() == Role.CLIENT).orElse(false);
    }
}
