package app.goodenough.mysessions;

import app.goodenough.availability.AvailabilityService;
import app.goodenough.managelinks.LinkedBookings.Linked;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.SeriesSessions;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A booking as its client sees it, and whether its client may still change it by its link: the
 * rules the client's own services share.
 */
@Component
class ClientSessionViews {

    private final Bookings bookings;
    private final ManageLinks manageLinks;
    private final AvailabilityService availability;
    private final SeriesSessions series;
    private final Clock clock;

    ClientSessionViews(Bookings bookings, ManageLinks manageLinks, AvailabilityService availability, SeriesSessions series, Clock clock) {
        this.bookings = bookings;
        this.manageLinks = manageLinks;
        this.availability = availability;
        this.series = series;
        this.clock = clock;
    }

    /**
     * The session as its client sees it. Opened by the booker's copy of its link, it carries that
     * copy and never waits for confirmation there: only the address's owner is asked whose it is.
     */
    ClientSession session(Booking booking, boolean bookersCopy) {
        Confirmation about = bookings.confirmationOf(booking);
        return new ClientSession(booking.id(), booking.sessionTypeId(), about.sessionType().name(),
                (int) about.sessionType().duration().toMinutes(), about.coach().displayName(), about.coach().email(),
                about.coach().timeZone(), booking.start(), booking.status(),
                about.focus().map(focus -> focus.title()).orElse(null), booking.clientTimeZone(),
                booking.start().minus(availability.settingsOf(booking.coachId()).cancellationWindow()),
                bookersCopy ? manageLinks.bookersTokenFor(booking) : manageLinks.tokenFor(booking), booking.awaitsClient() && !bookersCopy,
                series.placeOf(booking).orElse(null));
    }

    /** The session a link opened, as it is now, after a change. */
    ClientSession after(Linked linked) {
        return session(bookings.find(linked.booking().id()).orElseThrow(), linked.bookersCopy());
    }

    static Booking booked(Booking booking) {
        if (booking.status() != BookingStatus.BOOKED) {
            throw new InvalidInputException("booking", "This session is " + booking.status().label().toLowerCase(Locale.ROOT)
                    + "; it cannot be changed any more.");
        }
        return booking;
    }

    /** A booked session still before its cancellation window. */
    Booking changeable(Booking booking) {
        ClientSession session = session(booked(booking), false);
        if (!session.changeableAt(clock.instant())) {
            throw new InvalidInputException("booking", session.tooLate());
        }
        return booking;
    }

    /** A session its client may move or change now: one they confirmed is theirs, or the booker's own copy. */
    Booking confirmedAndChangeable(Linked linked) {
        Booking booking = changeable(linked.booking());
        if (booking.awaitsClient() && !linked.bookersCopy()) {
            throw new InvalidInputException("booking", "Please confirm that the session is yours first; then you can change it.");
        }
        return booking;
    }
}
