package app.goodenough.managelinks;

import app.goodenough.database.AppSecrets;
import app.goodenough.database.SignedTokens;
import app.goodenough.schedule.BookingId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Tokens for links to one booking (a manage link, a check-in link): the booking id, an expiry
 * and, for some, one marker byte, signed under a key of their own per kind of link, so a token
 * of one kind never reads as another.
 */
public final class BookingTokens {

    /** What a token says: which booking, until when, and whether it carries the marker. */
    public record Signed(BookingId bookingId, Instant expires, boolean marked) {
    }

    private static final int ID_AND_EXPIRY_BYTES = 16 + 8;
    private static final byte MARKER = 1;

    private final SignedTokens tokens;

    public BookingTokens(AppSecrets secrets, String keyName) {
        this.tokens = new SignedTokens(secrets, keyName);
    }

    public String sign(BookingId id, Instant expires) {
        return tokens.sign(payload(id, expires, false));
    }

    /** A token that also carries the marker, which its kind of link gives a meaning of its own. */
    public String signMarked(BookingId id, Instant expires) {
        return tokens.sign(payload(id, expires, true));
    }

    /** What a token says, when its signature holds; whether it has expired is for the caller to tell. */
    public Optional<Signed> read(@Nullable String token) {
        return tokens.read(token == null ? "" : token)
                .filter(payload -> payload.length == ID_AND_EXPIRY_BYTES || payload.length == ID_AND_EXPIRY_BYTES + 1)
                .map(payload -> {
                    ByteBuffer fields = ByteBuffer.wrap(payload);
                    BookingId id = new BookingId(new UUID(fields.getLong(), fields.getLong()));
                    Instant expires = Instant.ofEpochSecond(fields.getLong());
                    return new Signed(id, expires, fields.hasRemaining() && fields.get() == MARKER);
                });
    }

    private static byte[] payload(BookingId id, Instant expires, boolean marked) {
        ByteBuffer payload = ByteBuffer.allocate(ID_AND_EXPIRY_BYTES + (marked ? 1 : 0))
                .putLong(id.value().getMostSignificantBits()).putLong(id.value().getLeastSignificantBits())
                .putLong(expires.getEpochSecond());
        return marked ? payload.put(MARKER).array() : payload.array();
    }
}
