package app.goodenough.calendar;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import java.time.Instant;

/**
 * A booked session as the coach's calendar shows it.
 *
 * @param clientName the client's name, or the name typed for a session that waits for the address's owner
 * @param awaitsClient booked on trust with an existing account's address; not confirmed by its owner yet
 */
public record CalendarEntry(
        BookingId id,
        Instant start,
        Instant end,
        BookingStatus status,
        AccountId clientId,
        String clientName,
        String sessionTypeName,
        String colour,
        boolean awaitsClient) {
}
