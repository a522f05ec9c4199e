package app.goodenough.checkins;

import app.goodenough.database.AppSecrets;
import app.goodenough.database.SignedTokens;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Check-in links: a booking id and an expiry (the session's start), signed with HMAC-SHA256
 * under a key of their own, so a check-in link opens nothing but the check-in of its session,
 * and a manage link never opens a check-in. Nothing is stored per link.
 */
@Component
public class CheckInLinks {

    /** The address of the page a check-in link opens, followed by the token. */
    public static final String ROUTE = "check-in";

    private static final int PAYLOAD_BYTES = 16 + 8;

    private final SignedTokens tokens;
    private final String baseUrl;

    CheckInLinks(AppSecrets secrets, @Value("${good-enough.base-url}") String baseUrl) {
        this.tokens = new SignedTokens(secrets, "check-in-link");
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The link a booking's reminder carries; it works until the session starts. */
    public String urlFor(Booking booking) {
        return baseUrl + "/" + ROUTE + "/" + tokenFor(booking);
    }

    /** The token of the link a booking's reminder carries. */
    public String tokenFor(Booking booking) {
        return tokenFor(booking.id(), booking.start());
    }

    String tokenFor(BookingId id, Instant expires) {
        return tokens.sign(ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(id.value().getMostSignificantBits()).putLong(id.value().getLeastSignificantBits())
                .putLong(expires.getEpochSecond()).array());
    }

    /** Which booking a token is for and until when, when its signature holds. */
    record Link(BookingId bookingId, Instant expires) {
    }

    Optional<Link> read(String token) {
        return tokens.read(token).filter(payload -> payload.length == PAYLOAD_BYTES).map(payload -> {
            ByteBuffer fields = ByteBuffer.wrap(payload);
            return new Link(new BookingId(new UUID(fields.getLong(), fields.getLong())), Instant.ofEpochSecond(fields.getLong()));
        });
    }
}
