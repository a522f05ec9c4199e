package app.goodenough.shared;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Where every {@link FloodGuard} keeps its counts: the {@code throttle_bucket} table, shared by
 * all instances. Bucket4j reads time from the application's clock, and a bucket is deleted a
 * minute after its window has refilled it, so made-up keys cannot fill the table for long.
 */
@Configuration(proxyBeanMethods = false)
public class ThrottleStore {

    private static final Duration KEPT_AFTER_REFILL = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ThrottleStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    ProxyManager<String> throttleBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("throttle_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_REFILL))
                .clientClock(new ClockTimeMeter(clock))
                .build();
    }

    /** Deletes the buckets that have expired, by the application's clock. */
    @Scheduled(fixedDelayString = "PT10M")
    public int removeExpired() {
        return jdbc.update("delete from throttle_bucket where expires_at < ?", clock.millis());
    }

    /** Bucket4j's time, from the application's clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
