package app.goodenough.checkins;

import app.goodenough.database.AppSecrets;
import app.goodenough.managelinks.BookingTokens;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Check-in links: a booking id and an expiry (the session's start), signed with HMAC-SHA256
 * under a key of their own ({@link BookingTokens}), so a check-in link opens nothing but the
 * check-in of its session, and a manage link never opens a check-in. Nothing is stored per link.
 */
@Component
public class CheckInLinks {

    /** The address of the page a check-in link opens, followed by the token. */
    public static final String ROUTE = "check-in";

    private final BookingTokens tokens;
    private final String baseUrl;

    CheckInLinks(AppSecrets secrets, @Value("${good-enough.base-url}") String baseUrl) {
        this.tokens = new BookingTokens(secrets, "check-in-link");
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The link a booking's reminder carries; it works until the session starts. */
    public String urlFor(Booking booking) {
        return baseUrl + "/" + ROUTE + "/" + tokenFor(booking);
    }

    /** The token of the link a booking's reminder carries. */
    public String tokenFor(Booking booking) {
        return tokens.sign(booking.id(), booking.start());
    }

    /** Which booking a token is for and until when, when its signature holds. */
    record Link(BookingId bookingId, Instant expires) {
    }

    Optional<Link> read(String token) {
        return tokens.read(token).filter(signed -> !signed.marked()).map(signed -> new Link(signed.bookingId(), signed.expires()));
    }
}
