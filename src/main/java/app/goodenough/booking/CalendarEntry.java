package app.goodenough.booking;

import app.goodenough.account.AccountId;
import java.time.Instant;

/** A booked session as the coach's calendar shows it. */
public record CalendarEntry(
        BookingId id,
        Instant start,
        Instant end,
        BookingStatus status,
        AccountId clientId,
        String clientName,
        String sessionTypeName,
        String colour) {
}
