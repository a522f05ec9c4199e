package app.goodenough.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.IntegrationTest;
import app.goodenough.support.TestClock;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Allowances counted in PostgreSQL, so that every instance counts the same tries; time from the application's clock. */
@IntegrationTest
class FloodGuardTest {

    @Autowired ProxyManager<String> buckets;
    @Autowired ThrottleStore store;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aKeyMayTryAsOftenAsItsAllowanceThenWaitsAboutTheWindow() {
        FloodGuard guard = guard(3, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(guard.take("10.0.0.1")).isZero();
        }
        Duration wait = guard.take("10.0.0.1");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10)).isGreaterThan(Duration.ofMinutes(9));
        assertThat(guard.waitFor("10.0.0.2")).as("another address").isZero();
    }

    @Test
    void twoInstancesCountTheSameTries() {
        String name = "shared-" + UUID.randomUUID();
        FloodGuard one = new FloodGuard(buckets, name, 2, Duration.ofMinutes(10));
        FloodGuard other = new FloodGuard(buckets, name, 2, Duration.ofMinutes(10));

        one.count("10.0.0.3");
        other.count("10.0.0.3");

        assertThat(one.waitFor("10.0.0.3")).isPositive();
        assertThat(other.take("10.0.0.3")).isPositive();
    }

    @Test
    void theAllowanceComesBackAfterTheWindowByTheApplicationsClock() {
        FloodGuard guard = guard(2, Duration.ofMinutes(15));
        guard.count("a");
        guard.count("a");
        assertThat(guard.waitFor("a")).isPositive();

        TestClock.get().advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(guard.take("a")).isZero();
    }

    @Test
    void forgivenKeysStartAfreshAndRestedOnesAreDeletedWithoutAnAddressOrEmailInTheTable() {
        FloodGuard guard = guard(1, Duration.ofMinutes(1));
        guard.count("rested@example.org");
        guard.count("forgiven");
        guard.forget("forgiven");
        assertThat(guard.waitFor("forgiven")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from throttle_bucket where id like '%example.org%'", Integer.class)).isZero();

        TestClock.get().advance(Duration.ofMinutes(3));
        store.removeExpired();

        assertThat(guard.waitFor("rested@example.org")).isZero();
    }

    @Test
    void waitsAreSaidInWholeMinutes() {
        assertThat(FloodGuard.inMinutes(Duration.ofSeconds(5))).isEqualTo("1 minute");
        assertThat(FloodGuard.inMinutes(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(FloodGuard.inMinutes(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }

    private FloodGuard guard(int allowance, Duration window) {
        return new FloodGuard(buckets, "test-" + UUID.randomUUID(), allowance, window);
    }
}
