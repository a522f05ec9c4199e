package app.goodenough.series;

import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's sessions that belong to a series: where one stands in it, and moving or cancelling
 * it with all later ones. Another coach's session is as absent as one that does not exist.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class SeriesSessionsService {

    private final Bookings bookings;
    private final SeriesSessions series;
    private final SeriesMoves moves;
    private final PracticeService practice;
    private final CurrentUser currentUser;

    SeriesSessionsService(Bookings bookings, SeriesSessions series, SeriesMoves moves, PracticeService practice,
            CurrentUser currentUser) {
        this.moves = moves;
        this.practice = practice;
        this.bookings = bookings;
        this.series = series;
        this.currentUser = currentUser;
    }

    /** Where one of her sessions stands in its series; empty for a session on its own. */
    public Optional<SeriesPlace> placeOf(BookingId id) {
        return mine(id).flatMap(series::placeOf);
    }

    /**
     * Cancels one of her booked sessions and every later booked session of its series, with her
     * reason; their times become free again.
     *
     * @return how many sessions were cancelled
     */
    @Transactional
    public int cancelFrom(BookingId id, String reason) {
        return series.cancelFrom(booked(id), me(), reason);
    }

    /** Where one of her booked sessions and every later one of its series would move, this one to {@code newStart}; nothing is stored. */
    public List<SeriesMove> movesFrom(BookingId id, Instant newStart) {
        return moves.movesFrom(booked(id), newStart, SeriesMoves.Rules.COACH);
    }

    /**
     * Moves one of her booked sessions to {@code newStart} and every later one of its series as
     * many days on, at the same new time: all or none, under the rules of her own appointments.
     *
     * @return how many sessions moved
     */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    @Transactional
    public int moveFrom(BookingId id, Instant newStart) {
        return moves.moveFrom(booked(id), newStart, SeriesMoves.Rules.COACH, me(), practice.myTimeZone());
    }

    private Booking booked(BookingId id) {
        Booking booking = mine(id).orElseThrow(() -> new InvalidInputException("booking", "There is no such booking."));
        if (booking.status() != BookingStatus.BOOKED) {
            throw new InvalidInputException("status", "Only a booked session can be changed.");
        }
        return booking;
    }

    private Optional<Booking> mine(BookingId id) {
        return bookings.findOfCoach(me(), id);
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
