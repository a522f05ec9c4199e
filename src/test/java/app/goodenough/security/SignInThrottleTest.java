package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    final SignInThrottle throttle = new SignInThrottle(5, Duration.ofSeconds(2), 20, Duration.ofSeconds(2));

    @Test
    void twentyWrongPasswordsInAMinuteAreRefusedAndTheWindowEnds() throws InterruptedException {
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            if (throttle.waitFor("sam@example.com", "10.0.0.7").isZero()) {
                allowed++;
                throttle.failed("sam@example.com", "10.0.0.7");
            }
        }
        assertThat(allowed).isEqualTo(5);
        assertThat(throttle.waitFor("SAM@example.com ", "10.0.0.8")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));

        Thread.sleep(2100);
        assertThat(throttle.waitFor("sam@example.com", "10.0.0.7")).isZero();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess-" + i + "@example.com", "10.0.0.9");
        }
        assertThat(throttle.waitFor("someone-new@example.com", "10.0.0.9")).isPositive();
        assertThat(throttle.waitFor("someone-new@example.com", "10.0.0.10")).isZero();
    }

    @Test
    void theRightPasswordClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alex@example.com", "10.0.0.11");
        }
        throttle.succeeded("alex@example.com");
        throttle.failed("alex@example.com", "10.0.0.11");
        assertThat(throttle.waitFor("alex@example.com", "10.0.0.12")).isZero();
    }
}
