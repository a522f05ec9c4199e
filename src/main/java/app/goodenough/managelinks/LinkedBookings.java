package app.goodenough.managelinks;

import app.goodenough.schedule.Booking;
import app.goodenough.schedule.Bookings;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The booking a manage link opens, once the link is genuine and not expired. The caller decides
 * what the link's holder may do with it.
 */
@Component
public class LinkedBookings {

    /** The booking a link opens, and whether the link is the booker's copy the booking page gave. */
    public record Linked(Booking booking, boolean bookersCopy) {
    }

    private final ManageLinks manageLinks;
    private final Bookings bookings;
    private final Clock clock;

    LinkedBookings(ManageLinks manageLinks, Bookings bookings, Clock clock) {
        this.manageLinks = manageLinks;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** @throws InvalidInputException at {@code link} when the link is not genuine, has expired, or its booking is gone */
    public Linked open(String token) {
        ManageLinks.Link link = manageLinks.read(token).orElseThrow(LinkedBookings::notValid);
        if (!clock.instant().isBefore(link.expires())) {
            throw new InvalidInputException("link", "This link has expired: the session was more than a month ago.");
        }
        return bookings.find(link.bookingId()).map(booking -> new Linked(booking, link.bookersCopy())).orElseThrow(LinkedBookings::notValid);
    }

    private static InvalidInputException notValid() {
        return new InvalidInputException("link", "This link is not valid. Please use the link from your newest message about the session.");
    }
}
