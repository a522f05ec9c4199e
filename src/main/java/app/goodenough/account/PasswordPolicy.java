package app.goodenough.account;

import app.goodenough.shared.TypedText;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a new password must meet: 12 to 128 characters, not one of the commonly used
 * passwords, not the account's own email address, and hard to guess as zxcvbn estimates it
 * (keyboard runs, repeats, sequences, dates and the person's own email or name count for little):
 * a guesser needs at least about 10^8 tries (zxcvbn's score 3).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_STRENGTH = 3;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> commonPasswords;
    private final Zxcvbn strength = new Zxcvbn();

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
            return Optional.of("This password is too easy to guess. It is one of the most common passwords. "
                    + "A few unrelated words make a strong one.");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Your password must differ from your email address.");
        }
        return weakness(password, email);
    }

    /** Why zxcvbn finds the password easy to guess, in its words, or nothing when it does not. */
    private Optional<String> weakness(String password, String email) {
        List<String> own = email == null ? List.of() : List.of(email, email.split("@")[0]);
        Strength measured = strength.measure(password, own);
        if (measured.getScore() >= MIN_STRENGTH) {
            return Optional.empty();
        }
        String warning = measured.getFeedback().getWarning();
        String why = warning == null || warning.isBlank() ? "" : " " + warning;
        return Optional.of("This password is too easy to guess." + why + " A few unrelated words make a strong one.");
    }
}
