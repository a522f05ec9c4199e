package app.goodenough.schedule;

import app.goodenough.identity.AccountId;

/**
 * The account a new booking belongs to, and whether it waits for that account's owner to
 * confirm it: a reader who did not sign in booked with an address that already had an account.
 */
public record BookingClient(AccountId id, boolean awaitsConfirmation) {
}
