package app.goodenough.backup.internal;

import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupStatus;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "backups" in the health details: down when the last backup failed or the newest is more than
 * two days old; never the folder's contents, only times, sizes and the failure's reason.
 */
@Component
class BackupsHealthIndicator implements HealthIndicator {

    static final Duration TOO_OLD = Duration.ofDays(2);

    private final Backups backups;
    private final Clock clock;

    BackupsHealthIndicator(Backups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public Health health() {
        if (!backups.taken()) {
            return Health.up().withDetail("takenBy", "the database's operator").build();
        }
        BackupStatus status = backups.status();
        if (status.lastFailure().isPresent()) {
            return Health.down().withDetail("failedAt", status.lastFailure().get().at().toString())
                    .withDetail("reason", status.lastFailure().get().reason()).build();
        }
        if (status.newest().isEmpty()) {
            return Health.unknown().withDetail("newest", "none yet").build();
        }
        BackupFile newest = status.newest().get();
        Duration age = Duration.between(newest.takenAt(), clock.instant());
        Health.Builder health = age.compareTo(TOO_OLD) > 0 ? Health.down() : Health.up();
        return health.withDetail("newest", newest.takenAt().toString()).withDetail("ageHours", age.toHours())
                .withDetail("sizeBytes", newest.sizeBytes()).withDetail("count", status.backups().size()).build();
    }
}
