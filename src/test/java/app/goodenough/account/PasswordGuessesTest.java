package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.IntegrationTest;
import app.goodenough.support.TestClock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Password guessing is slowed per account and address, per address, and per account only past a
 * ceiling, so a stranger typing the coach's address wrong cannot lock her out.
 * (The test configuration: 5 per pair and 20 per address in 40 seconds, a ceiling of 50.)
 */
@IntegrationTest
class PasswordGuessesTest {

    @Autowired PasswordGuesses guesses;

    @Test
    void fiveWrongPasswordsFromOneAddressMakeThatPairWaitButNotTheAccountsOwnerElsewhere() {
        String email = someone();
        for (int i = 0; i < 5; i++) {
            assertThat(guesses.waitFor(email, "198.51.100.7")).isZero();
            guesses.failed(email, "198.51.100.7");
        }

        assertThat(guesses.waitFor(" " + email.toUpperCase(Locale.ROOT), "198.51.100.7")).isPositive();
        assertThat(guesses.waitFor(email, "203.0.113.9")).as("the owner, at home").isZero();
    }

    @Test
    void theWindowEndsByTheApplicationsClockAndARightPasswordClearsThePair() {
        String email = someone();
        for (int i = 0; i < 5; i++) {
            guesses.failed(email, "198.51.100.8");
        }
        TestClock.get().advance(Duration.ofSeconds(41));
        assertThat(guesses.waitFor(email, "198.51.100.8")).isZero();

        for (int i = 0; i < 4; i++) {
            guesses.failed(email, "198.51.100.8");
        }
        guesses.succeeded(email, "198.51.100.8");
        guesses.failed(email, "198.51.100.8");
        assertThat(guesses.waitFor(email, "198.51.100.8")).isZero();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        String address = "address-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            guesses.failed(someone(), address);
        }
        assertThat(guesses.waitFor(someone(), address)).isPositive();
    }

    @Test
    void anAccountTriedFromManyAddressesWaitsForEveryoneOnlyPastTheCeiling() {
        String email = someone();
        for (int i = 0; i < 49; i++) {
            guesses.failed(email, "192.0.2." + i);
        }
        assertThat(guesses.waitFor(email, "203.0.113.10")).isZero();
        guesses.failed(email, "192.0.2.200");
        assertThat(guesses.waitFor(email, "203.0.113.10")).isPositive();
    }

    private static String someone() {
        return "guessed-" + UUID.randomUUID() + "@example.org";
    }
}
