package app.goodenough.schedule;

import app.goodenough.identity.AccountId;
import app.goodenough.sessiontypes.SessionTypeId;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A booked session.
 *
 * @param typedName the name the reader typed when booking
 * @param awaitsClient booked without signing in, with an address that has an account: the session
 *                     waits for that account's owner to confirm it by the link sent to the address
 */
public record Booking(
        BookingId id,
        AccountId coachId,
        AccountId clientId,
        SessionTypeId sessionTypeId,
        Instant start,
        Instant end,
        BookingStatus status,
        @Nullable String focus,
        String clientMessage,
        ZoneId clientTimeZone,
        String typedName,
        boolean awaitsClient) {
}
