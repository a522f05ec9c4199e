package app.goodenough.backup.internal;

import app.goodenough.backup.BackupFailedException;
import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the nightly backup: once the night's hour ({@code good-enough.backup.daily-at}) has
 * passed and no nightly backup was taken since, which also catches up a night the application
 * was not running. A failure is recorded for the admin page and health, and tried again at the
 * next check.
 */
@Component
public class NightlyBackup {

    private final Backups backups;
    private final Clock clock;
    private final LocalTime dailyAt;
    private final ZoneId zone;

    NightlyBackup(Backups backups, Clock clock, @Value("${good-enough.backup.daily-at}") LocalTime dailyAt,
            @Value("${good-enough.backup.zone}") ZoneId zone) {
        this.backups = backups;
        this.clock = clock;
        this.dailyAt = dailyAt;
        this.zone = zone;
    }

    @Scheduled(fixedDelayString = "${good-enough.backup.check-interval}", initialDelayString = "${good-enough.backup.first-check}")
    public void runIfDue() {
        if (isDue()) {
            try {
                backups.take(BackupKind.DAILY);
            } catch (BackupFailedException recorded) {
                // kept by Backups for the admin page and health; the next check tries again
            }
        }
    }

    boolean isDue() {
        Instant lastNight = lastOccurrenceOfTheNightlyHour();
        return backups.taken() && backups.status().backups().stream()
                .filter(backup -> backup.kind() == BackupKind.DAILY).map(BackupFile::takenAt).noneMatch(at -> !at.isBefore(lastNight));
    }

    private Instant lastOccurrenceOfTheNightlyHour() {
        ZonedDateTime now = clock.instant().atZone(zone);
        ZonedDateTime today = now.toLocalDate().atTime(dailyAt).atZone(zone);
        return (today.isAfter(now) ? today.minusDays(1) : today).toInstant();
    }
}
