package app.goodenough.mysessions;

import app.goodenough.account.AccountService;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.booking.CoachClients;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.managelinks.LinkedBookings.Linked;
import app.goodenough.managelinks.LinkedBookings;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.Confirmation;
import app.goodenough.schedule.SessionChanges;
import app.goodenough.series.SeriesSessions;
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
    private final SeriesSessions series;
    private final LinkedBookings linkedBookings;
    private final Clock clock;

    ClientSessionsService(Bookings bookings, SessionChanges sessionChanges,
            ManageLinks manageLinks, AvailabilityService availability, CurrentUser currentUser, AccountService accountService,
            CoachClients coachClients, SeriesSessions series, LinkedBookings linkedBookings, Clock clock) {
        this.series = series;
        this.linkedBookings = linkedBookings;
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
        Linked linked = linkedBookings.open(token);
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
        Linked linked = linkedBookings.open(token);
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
        Linked linked = linkedBookings.open(token);
        Booking booking = linked.booking().awaitsClient() ? booked(linked.booking()) : changeable(linked.booking());
        sessionChanges.cancel(booking, booking.clientId(), reason);
        return session(bookings.find(booking.id()).orElseThrow(), linked.bookersCopy());
    }

    /**
     * Cancels the session and every later booked session of its series; each of them is later
     * than this one, so the cancellation window that allows this one allows them all.
     */
    @PreAuthorize(Roles.ANYONE)
    public ClientSession cancelSeriesByLink(String token, String reason) {
        Linked linked = linkedBookings.open(token);
        Booking booking = confirmedAndChangeable(linked);
        series.cancelFrom(booking, booking.clientId(), reason);
        return session(bookings.find(booking.id()).orElseThrow(), linked.bookersCopy());
    }

    @PreAuthorize(Roles.ANYONE)
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public ClientSession moveByLink(String token, Instant newStart) {
        Linked linked = linkedBookings.open(token);
        Booking booking = confirmedAndChangeable(linked);
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
            throw new InvalidInputException("booking", session.tooLate());
        }
        return booking;
    }

    /** A session its client may move or change now: one they confirmed is theirs, or the booker's own copy. */
    private Booking confirmedAndChangeable(Linked linked) {
        Booking booking = changeable(linked.booking());
        if (booking.awaitsClient() && !linked.bookersCopy()) {
            throw new InvalidInputException("booking", "Please confirm that the session is yours first; then you can change it.");
        }
        return booking;
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
                bookersCopy ? manageLinks.bookersTokenFor(booking) : manageLinks.tokenFor(booking), booking.awaitsClient() && !bookersCopy,
                series.placeOf(booking).orElse(null));
    }
}
