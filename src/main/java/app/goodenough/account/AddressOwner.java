package app.goodenough.account;

import app.goodenough.identity.AccountId;

/** The account behind an email address, and whether it was opened just now for it. */
public record AddressOwner(AccountId id, boolean openedNow) {
}
