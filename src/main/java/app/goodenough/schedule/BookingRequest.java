package app.goodenough.schedule;

import app.goodenough.sessiontypes.SessionTypeId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reader's request for a session.
 *
 * @param focus a principle's slug, or null
 * @param readerTimeZone the reader's IANA zone, for showing them times and for their calendar
 * @param idempotencyKey the same for every submission of one form, so a double click books once
 */
public record BookingRequest(
        SessionTypeId sessionType,
        Instant start,
        String name,
        String email,
        String phone,
        @Nullable String focus,
        String message,
        String readerTimeZone,
        UUID idempotencyKey) {

    public static final int MAX_MESSAGE_LENGTH = 2000;
    public static final int MAX_PHONE_LENGTH = 40;

    @Override
    public String toString() {
        return "BookingRequest[" + sessionType + " at " + start + ", key " + idempotencyKey + "]";
    }
}
