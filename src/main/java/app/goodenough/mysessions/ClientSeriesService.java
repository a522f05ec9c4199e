package app.goodenough.mysessions;

import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.Roles;
import app.goodenough.managelinks.LinkedBookings;
import app.goodenough.managelinks.LinkedBookings.Linked;
import app.goodenough.schedule.Booking;
import app.goodenough.series.SeriesMove;
import app.goodenough.series.SeriesMoves;
import app.goodenough.series.SeriesSessions;
import app.goodenough.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client changes a session of a series with all later ones, by the session's link. Every later
 * session is later than this one, so the cancellation window that still allows this one allows
 * them all; the server refuses after it, whatever a page shows.
 */
@Service
@Transactional
@PreAuthorize(Roles.ANYONE)
public class ClientSeriesService {

    /** What a client is told about a session that cannot move: never what else the coach has booked. */
    static final String NOT_AVAILABLE = "not available then";

    private final LinkedBookings linkedBookings;
    private final ClientSessionViews views;
    private final SeriesSessions series;
    private final SeriesMoves moves;

    ClientSeriesService(LinkedBookings linkedBookings, ClientSessionViews views, SeriesSessions series, SeriesMoves moves) {
        this.moves = moves;
        this.linkedBookings = linkedBookings;
        this.views = views;
        this.series = series;
    }

    /** Cancels the session and every later booked session of its series, with the client's reason. */
    public ClientSession cancelFromByLink(String token, String reason) {
        Linked linked = linkedBookings.open(token);
        Booking booking = views.confirmedAndChangeable(linked);
        series.cancelFrom(booking, booking.clientId(), reason);
        return views.after(linked);
    }

    /** Where the session and every later one would move, this one to {@code newStart}; nothing is stored. */
    @Transactional(readOnly = true)
    public List<SeriesMove> movesFromByLink(String token, Instant newStart) {
        Booking booking = views.confirmedAndChangeable(linkedBookings.open(token));
        return moves.movesFrom(booking, newStart, SeriesMoves.Rules.CLIENT).stream().map(move -> move.possible() ? move
                : new SeriesMove(move.position(), move.id(), move.from(), move.to(), NOT_AVAILABLE)).toList();
    }

    /** Moves the session to {@code newStart} and every later one as many days on, at the same local time: all or none. */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public ClientSession moveFromByLink(String token, Instant newStart) {
        Linked linked = linkedBookings.open(token);
        Booking booking = views.confirmedAndChangeable(linked);
        try {
            moves.moveFrom(booking, newStart, SeriesMoves.Rules.CLIENT, booking.clientId(), booking.clientTimeZone());
        } catch (InvalidInputException refused) {
            throw new InvalidInputException("series", "Not every later session is free at that time, so nothing was moved. "
                    + "Choose another time, or move the sessions one by one.");
        }
        return views.after(linked);
    }
}
