package app.goodenough.managelinks;

import app.goodenough.database.AppSecrets;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Manage links: a booking id and an expiry, signed with HMAC-SHA256 under the application's
 * key, so a link cannot be guessed, changed or made to last longer. Nothing is stored per link.
 * A booking's link works until a month after its start. The address a session was booked with
 * gets a link that also confirms whose the session is; the booking page gets the booker's copy.
 *
 * <p>Why: {@code src/docs/decisions/006-signed-manage-links.md}.
 */
@Component
public class ManageLinks {

    /** The address of the page a manage link opens, followed by the token. */
    public static final String ROUTE = "manage";

    static final Duration LIFETIME_AFTER_START = Duration.ofDays(30);

    private static final String KEY_NAME = "manage-link";

    private final BookingTokens tokens;
    private final String baseUrl;

    ManageLinks(AppSecrets secrets, @Value("${good-enough.base-url}") String baseUrl) {
        this.tokens = new BookingTokens(secrets, KEY_NAME);
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The token of the link a booking's messages carry, to the address it was booked with. */
    public String tokenFor(Booking booking) {
        return tokenFor(booking.id(), booking.start().plus(LIFETIME_AFTER_START));
    }

    public String tokenFor(BookingId id, Instant expires) {
        return tokens.sign(id, expires);
    }

    /**
     * The token of the link the booking page gives whoever just booked: it moves and cancels the
     * session but never confirms whose it is, so a session booked on trust with someone else's
     * address still waits for that address's owner. Every booking gets one, so the page says
     * nothing about whether the address has an account.
     */
    public String bookersTokenFor(Booking booking) {
        return tokens.signMarked(booking.id(), booking.start().plus(LIFETIME_AFTER_START));
    }

    /** The whole address of the page a token opens, as messages and calendar files carry it. */
    public String url(String token) {
        return baseUrl + "/" + ROUTE + "/" + token;
    }

    /** What a token says, when its signature holds; whether it has expired is for the caller to tell. */
    public Optional<Link> read(String token) {
        return tokens.read(token).map(signed -> new Link(signed.bookingId(), signed.expires(), signed.marked()));
    }

    /**
     * A manage link's content: which booking, until when.
     *
     * @param bookersCopy the link the booking page gave: it moves and cancels, never confirms whose the session is
     */
    public record Link(BookingId bookingId, Instant expires, boolean bookersCopy) {
    }
}
