package app.goodenough.calendar;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.sessiontypes.SessionTypeId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the coach sees when they open a booking.
 *
 * @param clientName the client's name, or the name typed for a session that waits for the address's owner
 * @param awaitsClient booked on trust with an existing account's address; not confirmed by its owner yet
 */
public record BookingDetails(
        BookingId id,
        AccountId clientId,
        String clientName,
        String clientEmail,
        String clientPhone,
        ZoneId clientTimeZone,
        String sessionTypeName,
        String colour,
        Instant start,
        Instant end,
        BookingStatus status,
        @Nullable String focusTitle,
        String clientMessage,
        Instant createdAt,
        SessionTypeId sessionTypeId,
        List<BookingEvent> history,
        boolean awaitsClient) {

    /** How long after marking a session completed or no-show the coach can undo it. */
    public static final Duration UNDO_WINDOW = Duration.ofHours(24);

    /** Whether the session has an outcome (completed or no-show) marked less than {@link #UNDO_WINDOW} before {@code now}. */
    public boolean outcomeUndoableAt(Instant now) {
        return history.reversed().stream().filter(event -> event.kind().equals(status.name())).findFirst()
                .filter(marked -> now.isBefore(marked.at().plus(UNDO_WINDOW))).isPresent();
    }
}
