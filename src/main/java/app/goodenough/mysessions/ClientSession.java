package app.goodenough.mysessions;

import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.series.SeriesPlace;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.DateFormats;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A session as its client sees it, with the manage token that opens it for moving or cancelling.
 *
 * @param changeableUntil the last moment the client may move or cancel it themselves
 * @param awaitsConfirmation booked on trust with this address; its owner has not said yet that it is theirs
 * @param series where it stands in its series; null for a session on its own
 */
public record ClientSession(
        BookingId id,
        SessionTypeId sessionTypeId,
        String sessionTypeName,
        int minutes,
        String coachName,
        String coachEmail,
        ZoneId coachTimeZone,
        Instant start,
        BookingStatus status,
        @Nullable String focusTitle,
        ZoneId clientTimeZone,
        Instant changeableUntil,
        String manageToken,
        boolean awaitsConfirmation,
        @Nullable SeriesPlace series) {

    /** The same session, with its times shown in another zone (the one the client chose for their account). */
    public ClientSession inZone(ZoneId zone) {
        return new ClientSession(id, sessionTypeId, sessionTypeName, minutes, coachName, coachEmail, coachTimeZone, start, status,
                focusTitle, zone, changeableUntil, manageToken, awaitsConfirmation, series);
    }

    public boolean changeableAt(Instant now) {
        return status == BookingStatus.BOOKED && now.isBefore(changeableUntil);
    }

    /** Why the session can no longer be changed by its link, and whom to ask instead. */
    public String tooLate() {
        return "Sessions can be moved or cancelled here until " + DateFormats.current().moment(changeableUntil.atZone(clientTimeZone))
                + ". Now, please write to " + coachName + " at " + coachEmail + ".";
    }

    public boolean upcomingAt(Instant now) {
        return status == BookingStatus.BOOKED && start.isAfter(now);
    }

    @Override
    public String toString() {
        return "ClientSession[" + id + ", " + status + "]";
    }
}
