package app.goodenough.feeds.internal;

import app.goodenough.identity.AccountId;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A feed's token: the owner's account id and 24 random bytes, 54 characters in URL-safe Base64.
 * The random part is the secret; a new one makes every earlier address stop working.
 */
public final class FeedTokens {

    public static final int SECRET_BYTES = 24;
    private static final int ID_BYTES = 16;
    private static final int TOKEN_CHARS = 54;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a well-formed token says; whether its secret is the owner's current one is for the caller to tell. */
    public record Parts(AccountId owner, byte[] secret) {

        public boolean matches(byte[] current) {
            return MessageDigest.isEqual(secret, current);
        }
    }

    private FeedTokens() {
    }

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static String token(AccountId owner, byte[] secret) {
        ByteBuffer bytes = ByteBuffer.allocate(ID_BYTES + SECRET_BYTES)
                .putLong(owner.value().getMostSignificantBits()).putLong(owner.value().getLeastSignificantBits()).put(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static Optional<Parts> read(String token) {
        if (token.length() != TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        AccountId owner = new AccountId(new UUID(buffer.getLong(), buffer.getLong()));
        return Optional.of(new Parts(owner, Arrays.copyOfRange(bytes, ID_BYTES, bytes.length)));
    }
}
