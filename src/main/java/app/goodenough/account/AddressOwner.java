package app.goodenough.account;

/** The account behind an email address, and whether it was opened just now for it. */
public record AddressOwner(AccountId id, boolean openedNow) {
}
