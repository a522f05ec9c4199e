package app.goodenough.appointments;

import app.goodenough.identity.AccountId;
import app.goodenough.sessiontypes.SessionTypeId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An appointment the coach makes: one of their session types, on a day and at a time of their
 * own zone, for one of their clients or for someone new.
 *
 * @param clientId one of the coach's clients; null for someone new, named by {@code name} and {@code email}
 * @param focus a principle's slug, or null
 * @param outsideHoursConfirmed the coach has seen that the time lies outside their working hours and books it anyway
 * @param idempotencyKey the same for every submission of one form, so a double click books once
 */
public record NewAppointment(
        @Nullable SessionTypeId sessionType,
        @Nullable LocalDate day,
        @Nullable LocalTime time,
        @Nullable AccountId clientId,
        String name,
        String email,
        String phone,
        @Nullable String focus,
        boolean outsideHoursConfirmed,
        UUID idempotencyKey) {

    @Override
    public String toString() {
        return "NewAppointment[" + sessionType + " on " + day + " at " + time + ", key " + idempotencyKey + "]";
    }
}
