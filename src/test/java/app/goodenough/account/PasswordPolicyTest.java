package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsAPassphraseOfTwelveToOneHundredTwentyEightCharacters() {
        assertThat(policy.problemWith("good-enough-demo", "sam@example.com")).isEmpty();
        assertThat(policy.problemWith("a long walk home", "sam@example.com")).isEmpty();
        assertThat(policy.problemWith("river stone ".repeat(10) + "lantern", "sam@example.com")).isEmpty();
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
        String twelve = "🌱🌿🌻🍂🍁🌾🌵🌴🌳🌲🌷🌸";
        assertThat(policy.problemWith(twelve, "sam@example.com")).isEmpty();
        assertThat(policy.problemWith(twelve.substring(0, twelve.offsetByCodePoints(0, 11)), "sam@example.com")).get().asString()
                .contains("at least 12");
    }

    @Test
    void refusesWhatAGuesserTriesFirstAndSaysWhy() {
        for (String weak : new String[] {"Password1234", "QWERTYUIOP123", "qwertyuiopas", "111111111112", "abcabcabcabc",
                "aaaaaaaaaaab", "ab".repeat(64)}) {
            assertThat(policy.problemWith(weak, "sam@example.com")).as(weak).get().asString()
                    .startsWith("This password is too easy to guess.").endsWith("A few unrelated words make a strong one.");
        }
        assertThat(policy.problemWith("abcabcabcabc", "sam@example.com")).get().asString().contains("Repeats");
    }

    @Test
    void refusesTheAccountsOwnAddressAndWhatIsMadeOfIt() {
        assertThat(policy.problemWith("Sam@Example.com", "sam@example.com")).get().asString().contains("differ from your email");
        assertThat(policy.problemWith("samsamsam2026", "sam@example.com")).get().asString().contains("too easy to guess");
    }
}
