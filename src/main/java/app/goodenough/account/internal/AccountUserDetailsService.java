package app.goodenough.account.internal;

import app.goodenough.identity.SignedInUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up who is signing in. Accounts without a password yet cannot sign in with one. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private static final int MAX_EMAIL_LENGTH = 254;

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String email) {
        if (email == null || email.isBlank() || email.length() > MAX_EMAIL_LENGTH) {
            throw new UsernameNotFoundException("No such account");
        }
        return accounts.findForSignIn(email)
                .filter(user -> user.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
