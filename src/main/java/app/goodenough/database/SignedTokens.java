package app.goodenough.database;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that carry their own content, signed with HMAC-SHA256 under one named application key,
 * so that they cannot be guessed, changed or used for another purpose: each purpose (manage
 * links, check-in links) has its own key, and a token signed for one never reads under another.
 */
public final class SignedTokens {

    private static final int SIGNATURE_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final AppSecrets secrets;
    private final String keyName;
    private volatile byte[] key;

    public SignedTokens(AppSecrets secrets, String keyName) {
        this.secrets = secrets;
        this.keyName = keyName;
    }

    /** The payload followed by its signature, in URL-safe Base64 without padding. */
    public String sign(byte[] payload) {
        byte[] signed = Arrays.copyOf(payload, payload.length + SIGNATURE_BYTES);
        System.arraycopy(signature(payload), 0, signed, payload.length, SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** The payload of a token whose signature holds; empty for anything else, whatever it is. */
    public Optional<byte[]> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (bytes.length <= SIGNATURE_BYTES) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - SIGNATURE_BYTES);
        byte[] given = Arrays.copyOfRange(bytes, payload.length, bytes.length);
        return MessageDigest.isEqual(given, signature(payload)) ? Optional.of(payload) : Optional.empty();
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
            key = secrets.key(keyName);
        }
        return key;
    }
}
