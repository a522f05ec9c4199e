package app.goodenough.schedule;

import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.Roles;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sessions that took place before the practice used this product, such as the demo practice's
 * history: the same claim and booking rows as a reader's booking, for a time that has passed,
 * so the future-time rules do not apply. Only the application itself may record them.
 */
@Service
@PreAuthorize(Roles.IS_SYSTEM)
public class PastSessions {

    private final SessionTypeService sessionTypes;
    private final BookingWriter writer;
    private final Clock clock;

    PastSessions(SessionTypeService sessionTypes, BookingWriter writer, Clock clock) {
        this.sessionTypes = sessionTypes;
        this.writer = writer;
        this.clock = clock;
    }

    public BookingId record(BookingRequest request, AccountId clientId) {
        SessionType type = sessionTypes.sessionType(request.sessionType())
                .orElseThrow(() -> new InvalidInputException("sessionType", "There is no such kind of session."));
        TimeRange period = new TimeRange(request.start(), request.start().plus(type.duration()));
        if (!period.end().isBefore(clock.instant())) {
            throw new InvalidInputException("start", "A recorded session has ended already.");
        }
        return writer.write(type, period, request, ZoneId.of(request.readerTimeZone()), () -> new BookingClient(clientId, false), null)
                .booking().id();
    }
}
