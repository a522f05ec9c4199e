package app.goodenough.account;

import app.goodenough.account.internal.AccountRepository;
import app.goodenough.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client account behind a booking: found by email whatever its case, or opened without a
 * password, so that a first-time reader needs no account beforehand.
 */
@Service
@PreAuthorize("hasRole('SYSTEM')")
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

    @Transactional
    public AccountId findOrOpen(String email, String displayName) {
        accounts.insertIfAbsent(email, displayName, Role.CLIENT);
        SignedInUser account = accounts.findForSignIn(email).orElseThrow();
        if (account.role() != Role.CLIENT) {
            throw new InvalidInputException("email", "This address belongs to the practice's staff; please book with your own address.");
        }
        return account.id();
    }
}
