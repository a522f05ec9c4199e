package app.goodenough.account;

import app.goodenough.identity.Role;

/**
 * What it takes to open an account. The password is the plain text a person chose; it is
 * checked against the password policy and stored only as a hash.
 */
public record NewAccount(String email, String displayName, Role role, String password) {

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", role=" + role + "]";
    }
}
