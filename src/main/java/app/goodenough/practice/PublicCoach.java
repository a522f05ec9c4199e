package app.goodenough.practice;

import app.goodenough.identity.AccountId;
import java.time.ZoneId;

/** What readers may know of a coach: who they are, how to reach them, and their time zone. */
public record PublicCoach(AccountId id, String displayName, String email, ZoneId timeZone) {
}
