package app.goodenough.backup.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Backups in the operators' metrics: {@code good_enough_backup_age_seconds} (since the newest
 * backup; NaN when there is none or backups are the database operator's) and
 * {@code good_enough_backup_failed} (1 while the last attempt failed).
 */
@Component
class BackupGauges {

    BackupGauges(Backups backups, Clock clock, MeterRegistry registry) {
        Gauge.builder("good.enough.backup.age", backups, taken -> taken.status().newest()
                        .map(newest -> (double) Duration.between(newest.takenAt(), clock.instant()).toSeconds()).orElse(Double.NaN))
                .baseUnit("seconds").description("Time since the newest backup").register(registry);
        Gauge.builder("good.enough.backup.failed", backups, taken -> taken.status().lastFailure().isPresent() ? 1 : 0)
                .description("1 while the last backup failed").register(registry);
    }
}
