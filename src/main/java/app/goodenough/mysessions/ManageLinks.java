package app.goodenough.mysessions;

import app.goodenough.mysessions.internal.LinkSecret;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Manage links: a booking id and an expiry, signed with HMAC-SHA256 under the application's
 * key, so a link cannot be guessed, changed or made to last longer. Nothing is stored per link.
 * A booking's link works until a month after its start.
 *
 * <p>Why: {@code src/docs/decisions/006-signed-manage-links.md}.
 */
@Component
public class ManageLinks {

    /** The address of the page a manage link opens, followed by the token. */
    public static final String ROUTE = "manage";

    private static final int ID_BYTES = 16;
    private static final int EXPIRY_BYTES = 8;
    private static final int SIGNATURE_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    static final Duration LIFETIME_AFTER_START = Duration.ofDays(30);

    private final LinkSecret secret;
    private volatile byte[] key;

    ManageLinks(LinkSecret secret) {
        this.secret = secret;
    }

    /** The token of the booking's link, as its messages and pages give it. */
    public String tokenFor(Booking booking) {
        return tokenFor(booking.id(), booking.start().plus(LIFETIME_AFTER_START));
    }

    public String tokenFor(BookingId id, Instant expires) {
        ByteBuffer payload = ByteBuffer.allocate(ID_BYTES + EXPIRY_BYTES)
                .putLong(id.value().getMostSignificantBits()).putLong(id.value().getLeastSignificantBits())
                .putLong(expires.getEpochSecond());
        byte[] signed = ByteBuffer.allocate(ID_BYTES + EXPIRY_BYTES + SIGNATURE_BYTES)
                .put(payload.array()).put(signature(payload.array())).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** What a token says, when its signature holds; whether it has expired is for the caller to tell. */
    public Optional<Link> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (bytes.length != ID_BYTES + EXPIRY_BYTES + SIGNATURE_BYTES) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, ID_BYTES + EXPIRY_BYTES);
        byte[] given = Arrays.copyOfRange(bytes, ID_BYTES + EXPIRY_BYTES, bytes.length);
        if (!MessageDigest.isEqual(given, signature(payload))) {
            return Optional.empty();
        }
        ByteBuffer fields = ByteBuffer.wrap(payload);
        return Optional.of(new Link(new BookingId(new UUID(fields.getLong(), fields.getLong())), Instant.ofEpochSecond(fields.getLong())));
    }

    /** A manage link's content: which booking, until when. */
    public record Link(BookingId bookingId, Instant expires) {
    }

    private byte[] signature(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", impossible);
        }
    }

    private byte[] key() {
        if (key == null) {
            key = secret.key();
        }
        return key;
    }
}
