package app.goodenough.account;

import app.goodenough.base.TypedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a new password must meet: 12 to 128 characters, not one of the commonly used
 * passwords, not one character repeated, and not the account's own email address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> commonPasswords;

    private PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + COMMON_PASSWORDS, e);
        }
    }

    /** Returns why the password is refused, or nothing when it is acceptable. */
    public Optional<String> problemWith(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("Choose a password.");
        }
        Optional<String> unstorable = TypedText.problemWithLine(password);
        if (unstorable.isPresent()) {
            return unstorable;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a few words make a good password.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || password.codePoints().distinct().count() == 1) {
            return Optional.of("This password is too easy to guess; choose a less common one.");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Your password must differ from your email address.");
        }
        return Optional.empty();
    }
}
