package app.goodenough.booking;

import app.goodenough.account.AccountId;
import app.goodenough.availability.SessionTypeId;
import java.time.Instant;
import java.time.ZoneId;

/** A booked session. */
public record Booking(
        BookingId id,
        AccountId coachId,
        AccountId clientId,
        SessionTypeId sessionTypeId,
        Instant start,
        Instant end,
        BookingStatus status,
        String focus,
        String clientMessage,
        ZoneId clientTimeZone) {
}
