package app.goodenough.support;

import static org.awaitility.Awaitility.await;

import app.goodenough.identity.AccountId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Component;

/**
 * Makes an action that claims an hour of a coach's time lose a deadlock once. Another
 * transaction holds the first ten minutes of that hour, so the action's claim waits for it; then
 * the other wants minutes 30 to 40 and waits for the action: a deadlock, which PostgreSQL ends
 * by failing the action's transaction, the first to wait. The other then gives way.
 */
@Component
public class LostDeadlock {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    LostDeadlock(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Runs {@code action}, which claims the hour from {@code start}, as the person signed in now, and returns what it returned. */
    public <T> T around(AccountId coach, Instant start, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            claim(other, coach, start, start.plus(Duration.ofMinutes(10)));
            int waitingBefore = backendsWaitingForALock();
            Future<T> result = pool.submit(new DelegatingSecurityContextCallable<>(action));
            await().atMost(Duration.ofSeconds(10)).until(() -> backendsWaitingForALock() > waitingBefore);
            Future<Integer> otherWaits = pool.submit(() -> claim(other, coach, start.plus(Duration.ofMinutes(30)),
                    start.plus(Duration.ofMinutes(40))));
            otherWaits.get(10, TimeUnit.SECONDS);
            other.rollback();
            return result.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int claim(Connection connection, AccountId coach, Instant from, Instant to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into time_claim (coach_id, period, kind) values (?, tstzrange(?, ?, '[)'), 'BLOCK')")) {
            insert.setObject(1, coach.value());
            insert.setObject(2, from.atOffset(ZoneOffset.UTC));
            insert.setObject(3, to.atOffset(ZoneOffset.UTC));
            return insert.executeUpdate();
        }
    }

    private int backendsWaitingForALock() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                Integer.class);
    }
}
