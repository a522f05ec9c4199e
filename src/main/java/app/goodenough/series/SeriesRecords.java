package app.goodenough.series;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.internal.SeriesRepository;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a series, whoever books it, in the caller's transaction: the series, each session's
 * place in it, and the one letter about them all once they are booked.
 */
@Component
public class SeriesRecords {

    private final SeriesRepository series;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SeriesRecords(SeriesRepository series, ApplicationEventPublisher publisher, Clock clock) {
        this.series = series;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Stores the series; its id is the form's idempotency key, so a second submit books nothing twice. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(SeriesRhythm rhythm, AccountId coach, AccountId client, SessionTypeId type) {
        if (series.exists(rhythm.id())) {
            throw new InvalidInputException("form", "This series is booked already.");
        }
        series.insert(rhythm, coach, client, type, clock.instant());
    }

    /** The idempotency key of the session at this place in the series, made from the series' own. */
    public static UUID sessionKey(UUID series, int position) {
        return UUID.nameUUIDFromBytes((series + "/" + position).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void place(BookingId booking, UUID series, int position) {
        this.series.place(booking, series, position);
    }

    /** Once every chosen session is booked: the one letter to each side about them all. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Confirmation> booked(SeriesRhythm rhythm, List<SeriesChanged.Session> sessions) {
        publisher.publishEvent(new SeriesChanged(rhythm, sessions, SeriesChanged.Change.BOOKED, ""));
        return sessions.stream().map(SeriesChanged.Session::confirmation).toList();
    }
}
