package app.goodenough.series;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.SessionChanges;
import app.goodenough.series.internal.SeriesRepository.Membership;
import app.goodenough.series.internal.SeriesRepository;
import app.goodenough.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of a series after they are booked: where one stands in its series, and cancelling
 * it with all later ones ({@link SeriesMoves} moves them), for the coach and for the client alike,
 * in one transaction and with one letter to each side. Callers check first that the person may
 * change this session.
 */
@Component
public class SeriesSessions {

    private final SeriesRepository series;
    private final Bookings bookings;
    private final SessionChanges sessionChanges;
    private final ApplicationEventPublisher publisher;

    SeriesSessions(SeriesRepository series, Bookings bookings, SessionChanges sessionChanges, ApplicationEventPublisher publisher) {
        this.series = series;
        this.bookings = bookings;
        this.sessionChanges = sessionChanges;
        this.publisher = publisher;
    }

    /** Where the session stands in its series; empty for a session on its own. */
    public Optional<SeriesPlace> placeOf(Booking booking) {
        return series.membershipOf(booking.id(), booking.coachId())
                .map(membership -> new SeriesPlace(membership.position(), membership.rhythm().count(), membership.rhythm().everyWeeks()));
    }

    /**
     * Cancels the session and every later booked session of its series, with one reason.
     *
     * @return how many sessions were cancelled
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelFrom(Booking booking, @Nullable AccountId by, String reason) {
        Membership membership = membership(booking);
        List<SeriesChanged.Session> cancelled = new ArrayList<>();
        for (SeriesRepository.Placed placed : series.bookedFrom(membership.rhythm().id(), membership.position())) {
            Booking session = bookings.find(placed.id()).orElseThrow();
            sessionChanges.cancelInSeries(session, by, reason);
            cancelled.add(new SeriesChanged.Session(placed.position(), bookings.confirmationOf(session)));
        }
        if (cancelled.isEmpty()) {
            throw new InvalidInputException("status", "This session and the later ones of its series are cancelled already.");
        }
        publisher.publishEvent(new SeriesChanged(membership.rhythm(), cancelled, SeriesChanged.Change.CANCELLED, reason.strip()));
        return cancelled.size();
    }

    Membership membership(Booking booking) {
        return series.membershipOf(booking.id(), booking.coachId())
                .orElseThrow(() -> new InvalidInputException("booking", "This session is not part of a series."));
    }
}
