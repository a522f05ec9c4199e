package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

    @Test
    void aKeyMayTryAsOftenAsItsAllowanceThenWaitsAboutTheWindow() {
        FloodGuard guard = new FloodGuard(3, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(guard.take("10.0.0.1")).isZero();
        }
        Duration wait = guard.take("10.0.0.1");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10)).isGreaterThan(Duration.ofMinutes(9));
        assertThat(guard.waitFor("10.0.0.2")).as("another address").isZero();
    }

    @Test
    void theAllowanceComesBackAfterTheWindow() throws InterruptedException {
        FloodGuard guard = new FloodGuard(2, Duration.ofMillis(300));
        guard.count("a");
        guard.count("a");
        assertThat(guard.waitFor("a")).isPositive();
        Thread.sleep(350);
        assertThat(guard.take("a")).isZero();
    }

    @Test
    void keysThatRestedAreForgottenAndForgivenKeysStartAfresh() throws InterruptedException {
        FloodGuard guard = new FloodGuard(1, Duration.ofMillis(200));
        guard.count("rested");
        guard.count("forgiven");
        guard.forget("forgiven");
        assertThat(guard.waitFor("forgiven")).isZero();
        Thread.sleep(250);
        guard.forgetRested();
        guard.count("rested");
        assertThat(guard.waitFor("rested")).as("a fresh allowance of one, now used").isPositive();
    }

    @Test
    void waitsAreSaidInWholeMinutes() {
        assertThat(FloodGuard.inMinutes(Duration.ofSeconds(5))).isEqualTo("1 minute");
        assertThat(FloodGuard.inMinutes(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(FloodGuard.inMinutes(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }
}
