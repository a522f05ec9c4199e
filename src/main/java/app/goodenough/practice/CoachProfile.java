package app.goodenough.practice;

import app.goodenough.identity.AccountId;
import java.time.ZoneId;

/** A coach's practice settings that everything else works from. */
public record CoachProfile(AccountId coachId, String displayName, String email, ZoneId timeZone, Integer clientCount) {
}
