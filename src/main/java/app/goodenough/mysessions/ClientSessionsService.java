package app.goodenough.mysessions;

import app.goodenough.account.AccountService;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.booking.CoachClients;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.Confirmation;
import app.goodenough.schedule.SessionChanges;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
    private final AvailabilityService availability;
    private final CurrentUser currentUser;
    private final AccountService accountService;
    private final CoachClients coachClients;
    private final Clock clock;

    ClientSessionsService(Bookings bookings, SessionChanges sessionChanges,
            ManageLinks manageLinks, AvailabilityService availability, CurrentUser currentUser, AccountService accountService,
            CoachClients coachClients, Clock clock) {
        this.coachClients = coachClients;
        this.accountService = accountService;
        this.bookings = bookings;
        this.sessionChanges = sessionChanges;
        this.manageLinks = manageLinks;
        this.availability = availability;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in client's sessions with any coach, the latest first, in the zone of their account if they chose one. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    public List<ClientSession> mySessions() {
        Optional<ZoneId> chosen = Optional.of(accountService.myDetails().timeZone()).filter(zone -> !zone.isEmpty()).map(ZoneId::of);
        return bookings.ofClient(currentUser.require().id()).stream()
                .map(booking -> session(booking, false))
                .map(session -> chosen.map(session::inZone).orElse(session))
                .toList();
    }

    /** The session a manage link opens. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public ClientSession byLink(String token) {
        Linked linked = linked(token);
        return session(linked.booking(), linked.bookersCopy());
    }

    /**
     * The owner of the address says a session booked with it on trust is theirs: it joins their
     * sessions and they become the coach's client. A staff account cannot be a client: its
     * session is cancelled instead, and the owner is told why.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(noRollbackFor = InvalidInputException.class)
    public ClientSession confirmByLink(String token) {
        Linked linked = linked(token);
        Booking booking = linked.booking();
        if (booking.status() != BookingStatus.BOOKED || !booking.awaitsClient() || linked.bookersCopy()) {
            return session(booking, linked.bookersCopy());
        }
        if (!coachClients.canBeClient(booking.clientId())) {
            sessionChanges.cancel(booking, null, "booked with a staff member's address");
            throw new InvalidInputException("booking", "This address belongs to the practice's staff, which cannot book sessions "
                    + "as a client, so the session is cancelled. To book one, please use a personal address.");
        }
        sessionChanges.confirm(booking);
        coachClients.link(booking.coachId(), booking.clientId());
        return session(bookings.find(booking.id()).orElseThrow(), false);
    }

    /** Cancels the session; one that waits for its address's owner can be cancelled by them at any time. */
    @PreAuthorize(Roles.ANYONE)
    public ClientSession cancelByLink(String token, String reason) {
        Linked linked = linked(token);
        Booking booking = linked.booking().awaitsClient() ? booked(linked.booking()) : changeable(linked.booking());
        sessionChanges.cancel(booking, booking.clientId(), reason);
        return session(bookings.find(booking.id()).orElseThrow(), linked.bookersCopy());
    }

    @PreAuthorize(Roles.ANYONE)
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public ClientSession moveByLink(String token, Instant newStart) {
        Linked linked = linked(token);
        Booking booking = changeable(linked.booking());
        if (booking.awaitsClient() && !linked.bookersCopy()) {
            throw new InvalidInputException("booking", "Please confirm that the session is yours first; then you can move it.");
        }
        sessionChanges.move(booking, newStart, booking.clientId(),
                "from " + DateFormats.practice().moment(booking.start().atZone(booking.clientTimeZone())) + " (by the client)");
        return session(bookings.find(booking.id()).orElseThrow(), linked.bookersCopy());
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

    /** The booking a link opens, and whether the link is the booker's copy the booking page gave. */
    private record Linked(Booking booking, boolean bookersCopy) {
    }

    private Linked linked(String token) {
        ManageLinks.Link link = manageLinks.read(token)
                .orElseThrow(() -> new InvalidInputException("link", "This link is not valid. Please use the link from your "
                        + "newest message about the session."));
        if (!clock.instant().isBefore(link.expires())) {
            throw new InvalidInputException("link", "This link has expired: the session was more than a month ago.");
        }
        return bookings.find(link.bookingId()).map(booking -> new Linked(booking, link.bookersCopy()))
                .orElseThrow(() -> new InvalidInputException("link", "This link is not valid. Please use the link from your "
                        + "newest message about the session."));
    }

    private static Booking booked(Booking booking) {
        if (booking.status() != BookingStatus.BOOKED) {
            throw new InvalidInputException("booking", "This session is " + booking.status().label().toLowerCase(Locale.ROOT)
                    + "; it cannot be changed any more.");
        }
        return booking;
    }

    private Booking changeable(Booking booking) {
        ClientSession session = session(booked(booking), false);
        if (!session.changeableAt(clock.instant())) {
            throw new InvalidInputException("booking", tooLate(session));
        }
        return booking;
    }

    /** Why a session can no longer be changed here, and whom to ask instead. */
    public static String tooLate(ClientSession session) {
        return "Sessions can be moved or cancelled here until " + DateFormats.current().moment(session.changeableUntil()
                .atZone(session.clientTimeZone())) + ". Now, please write to " + session.coachName() + " at " + session.coachEmail() + ".";
    }

    /**
     * The session as its client sees it. Opened by the booker's copy of its link, it carries that
     * copy and never waits for confirmation there: only the address's owner is asked whose it is.
     */
    private ClientSession session(Booking booking, boolean bookersCopy) {
        Confirmation about = bookings.confirmationOf(booking);
        return new ClientSession(booking.id(), booking.sessionTypeId(), about.sessionType().name(),
                (int) about.sessionType().duration().toMinutes(), about.coach().displayName(), about.coach().email(),
                about.coach().timeZone(), booking.start(), booking.status(),
                about.focus().map(focus -> focus.title()).orElse(null), booking.clientTimeZone(),
                booking.start().minus(availability.settingsOf(booking.coachId()).cancellationWindow()),
                bookersCopy ? manageLinks.bookersTokenFor(booking) : manageLinks.tokenFor(booking), booking.awaitsClient() && !bookersCopy);
    }
}
