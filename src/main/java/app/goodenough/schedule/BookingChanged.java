package app.goodenough.schedule;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session was booked, moved or cancelled. Published inside the transaction of the change, so
 * that what listeners write (the messages about it) is stored together with it, or not at all.
 *
 * @param session the booking as it is after the change, with everything its messages say
 * @param previousStart where a moved session was before; null otherwise
 * @param reason why a session was cancelled, as written; empty otherwise
 */
public record BookingChanged(Confirmation session, Change change, @Nullable Instant previousStart, String reason) {

    /**
     * CONFIRMED: the owner of the address a session was booked with on trust says it is theirs.
     * BOOKED_IN_SERIES, RESCHEDULED_IN_SERIES and CANCELLED_IN_SERIES: one of several sessions of a series, whose
     * letter tells about them all; only the session's reminders follow it.
     */
    public enum Change { BOOKED, CONFIRMED, RESCHEDULED, CANCELLED, BOOKED_IN_SERIES, RESCHEDULED_IN_SERIES, CANCELLED_IN_SERIES }

    public BookingId bookingId() {
        return session.booking().id();
    }
}
