package app.goodenough.backup.internal;

import app.goodenough.backup.BackupFailedException;
import app.goodenough.backup.BackupKind;
import app.goodenough.shared.StartupProblem;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A new version that changes the schema of a practice that already has data first takes a
 * backup; when that fails, the schema is not changed and the application does not start.
 */
@Configuration(proxyBeanMethods = false)
class BackupBeforeUpgrade {

    @Bean
    FlywayMigrationStrategy backupBeforeMigrating(Backups backups) {
        return flyway -> {
            if (backups.taken() && changesExistingData(flyway)) {
                try {
                    backups.take(BackupKind.BEFORE_UPGRADE);
                } catch (BackupFailedException failed) {
                    throw new StartupProblem("The backup before changing the database for this version failed: " + failed.getMessage(),
                            "Free space in the backup folder (good-enough.backup.folder) and start again; the data was not changed.",
                            failed);
                }
            }
            flyway.migrate();
        };
    }

    private static boolean changesExistingData(Flyway flyway) {
        MigrationInfoService migrations = flyway.info();
        return migrations.current() != null && migrations.pending().length > 0;
    }
}
