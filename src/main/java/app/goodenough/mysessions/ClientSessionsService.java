package app.goodenough.mysessions;

import app.goodenough.account.AccountService;
import app.goodenough.booking.CoachClients;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.managelinks.LinkedBookings;
import app.goodenough.managelinks.LinkedBookings.Linked;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.SessionChanges;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' own sessions: listed for a signed-in client, and opened, moved or cancelled by the
 * manage link every booking message carries (no password needed). Moving and cancelling end
 * at the coach's cancellation window; the server refuses after it, whatever a page shows.
 */
@Service
@Transactional
public class ClientSessionsService {

    private final Bookings bookings;
    private final SessionChanges sessionChanges;
    private final ManageLinks manageLinks;
    private final CurrentUser currentUser;
    private final AccountService accountService;
    private final CoachClients coachClients;
    private final LinkedBookings linkedBookings;
    private final ClientSessionViews views;

    ClientSessionsService(Bookings bookings, SessionChanges sessionChanges, ManageLinks manageLinks, CurrentUser currentUser,
            AccountService accountService, CoachClients coachClients, LinkedBookings linkedBookings, ClientSessionViews views) {
        this.bookings = bookings;
        this.sessionChanges = sessionChanges;
        this.manageLinks = manageLinks;
        this.currentUser = currentUser;
        this.accountService = accountService;
        this.coachClients = coachClients;
        this.linkedBookings = linkedBookings;
        this.views = views;
    }

    /** The signed-in client's sessions with any coach, the latest first, in the zone of their account if they chose one. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    public List<ClientSession> mySessions() {
        Optional<ZoneId> chosen = Optional.of(accountService.myDetails().timeZone()).filter(zone -> !zone.isEmpty()).map(ZoneId::of);
        return bookings.ofClient(currentUser.require().id()).stream()
                .map(booking -> views.session(booking, false))
                .map(session -> chosen.map(session::inZone).orElse(session))
                .toList();
    }

    /** The session a manage link opens. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public ClientSession byLink(String token) {
        Linked linked = linkedBookings.open(token);
        return views.session(linked.booking(), linked.bookersCopy());
    }

    /**
     * The owner of the address says a session booked with it on trust is theirs: it joins their
     * sessions and they become the coach's client. A staff account cannot be a client: its
     * session is cancelled instead, and the owner is told why.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(noRollbackFor = InvalidInputException.class)
    public ClientSession confirmByLink(String token) {
        Linked linked = linkedBookings.open(token);
        Booking booking = linked.booking();
        if (booking.status() != BookingStatus.BOOKED || !booking.awaitsClient() || linked.bookersCopy()) {
            return views.session(booking, linked.bookersCopy());
        }
        if (!coachClients.canBeClient(booking.clientId())) {
            sessionChanges.cancel(booking, null, "booked with a staff member's address");
            throw new InvalidInputException("booking", "This address belongs to the practice's staff, which cannot book sessions "
                    + "as a client, so the session is cancelled. To book one, please use a personal address.");
        }
        sessionChanges.confirm(booking);
        coachClients.link(booking.coachId(), booking.clientId());
        return views.session(bookings.find(booking.id()).orElseThrow(), false);
    }

    /** Cancels the session; one that waits for its address's owner can be cancelled by them at any time. */
    @PreAuthorize(Roles.ANYONE)
    public ClientSession cancelByLink(String token, String reason) {
        Linked linked = linkedBookings.open(token);
        Booking booking = linked.booking().awaitsClient() ? ClientSessionViews.booked(linked.booking()) : views.changeable(linked.booking());
        sessionChanges.cancel(booking, booking.clientId(), reason);
        return views.after(linked);
    }

    @PreAuthorize(Roles.ANYONE)
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public ClientSession moveByLink(String token, Instant newStart) {
        Linked linked = linkedBookings.open(token);
        Booking booking = views.confirmedAndChangeable(linked);
        sessionChanges.move(booking, newStart, booking.clientId(),
                "from " + DateFormats.practice().moment(booking.start().atZone(booking.clientTimeZone())) + " (by the client)");
        return views.after(linked);
    }

    /**
     * The token of a booking's manage link, as its messages carry it; only the application itself
     * may ask. The messages sign their links with {@link ManageLinks} directly; no screen uses this.
     */
    @PreAuthorize(Roles.IS_SYSTEM)
    @Transactional(readOnly = true)
    public String manageTokenOf(BookingId id) {
        return bookings.find(id).map(manageLinks::tokenFor).orElseThrow();
    }
}
