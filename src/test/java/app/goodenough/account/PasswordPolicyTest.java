package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsAPassphraseOfTwelveToOneHundredTwentyEightCharacters() {
        assertThat(policy.problemWith("good-enough-demo", "sam@example.com")).isEmpty();
        assertThat(policy.problemWith("a".repeat(11) + "b", "sam@example.com")).isEmpty();
        assertThat(policy.problemWith("ab".repeat(64), "sam@example.com")).isEmpty();
    }

    @Test
    void refusesEmptyShortAndOverlongPasswords() {
        assertThat(policy.problemWith("", "sam@example.com")).contains("Choose a password.");
        assertThat(policy.problemWith("   ", "sam@example.com")).contains("Choose a password.");
        assertThat(policy.problemWith("elevenchars", "sam@example.com")).get().asString().contains("at least 12");
        assertThat(policy.problemWith("ab".repeat(64) + "c", "sam@example.com")).get().asString().contains("at most 128");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String twelveEmoji = "🌱".repeat(6) + "🌿".repeat(6);
        assertThat(policy.problemWith(twelveEmoji, "sam@example.com")).isEmpty();
        assertThat(policy.problemWith("🌱".repeat(5) + "🌿".repeat(6), "sam@example.com")).isPresent();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.problemWith("Password1234", "sam@example.com")).get().asString().contains("too easy to guess");
        assertThat(policy.problemWith("QWERTYUIOP123", "sam@example.com")).get().asString().contains("too easy to guess");
    }

    @Test
    void refusesOneRepeatedCharacterAndTheOwnEmail() {
        assertThat(policy.problemWith("zzzzzzzzzzzzzzzz", "sam@example.com")).get().asString().contains("too easy to guess");
        assertThat(policy.problemWith("Long.Name@Example.com", "long.name@example.com")).get().asString().contains("differ from your email");
    }
}
