package app.goodenough.series;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.shared.InvalidInputException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's sessions that belong to a series: where one stands in it, and cancelling it with
 * all later ones. Another coach's session is as absent as one that does not exist.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class SeriesSessionsService {

    private final Bookings bookings;
    private final SeriesSessions series;
    private final CurrentUser currentUser;

    SeriesSessionsService(Bookings bookings, SeriesSessions series, CurrentUser currentUser) {
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
        Booking booking = mine(id).orElseThrow(() -> new InvalidInputException("booking", "There is no such booking."));
        if (booking.status() != BookingStatus.BOOKED) {
            throw new InvalidInputException("status", "Only a booked session can be cancelled.");
        }
        return series.cancelFrom(booking, me(), reason);
    }

    private Optional<Booking> mine(BookingId id) {
        return bookings.findOfCoach(me(), id);
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
