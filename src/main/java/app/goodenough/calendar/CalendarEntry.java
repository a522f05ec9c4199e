package app.goodenough.calendar;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A booked session as the coach's calendar shows it.
 *
 * @param clientName the client's name, or the name typed for a session that waits for the address's owner
 * @param awaitsClient booked on trust with an existing account's address; not confirmed by its owner yet
 * @param focusTitle the principle the reader chose to work on when booking, if any
 * @param seriesPlace "3 of 8" for a session of a series; null for a session on its own
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
        boolean awaitsClient,
        @Nullable String focusTitle,
        @Nullable String seriesPlace) {
}
