package app.goodenough.practice;

import app.goodenough.identity.AccountId;

/** A client of the coach's, as lists and pickers show them. */
public record ClientSummary(AccountId id, String name, String email) {
}
