package app.goodenough.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.backup.BackupFailedException;
import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupKind;
import app.goodenough.database.EmbeddedDatabase;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@IntegrationTest
class BackupsTest {

    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @Autowired EmbeddedDatabase embedded;

    @TempDir Path folder;

    @Test
    void theNightlyBackupIsTakenOnceItsHourHasPassedAndCatchesUpANightTheApplicationWasOff() throws IOException {
        Backups backups = backupsInto(folder, dataSource);
        NightlyBackup nightly = new NightlyBackup(backups, clock, LocalTime.of(3, 0), ZoneOffset.UTC);
        TestClock.get().freezeAt(Instant.parse("2031-03-04T02:59:00Z"));

        assertThat(nightly.isDue()).as("no backup yet: last night's is caught up").isTrue();
        nightly.runIfDue();
        assertThat(nightly.isDue()).isFalse();

        TestClock.get().advance(Duration.ofMinutes(1));
        assertThat(nightly.isDue()).as("03:00 has come").isTrue();
        nightly.runIfDue();
        TestClock.get().advance(Duration.ofHours(23).plusMinutes(59));
        nightly.runIfDue();

        assertThat(backups.status().backups()).extracting(BackupFile::kind).containsOnly(BackupKind.DAILY).hasSize(2);
        TestClock.get().advance(Duration.ofMinutes(1));
        assertThat(nightly.isDue()).isTrue();
    }

    @Test
    void aBackupIsReadableOnlyByItsOwnerAndTellsWhenItWasTaken() throws IOException {
        BackupFile backup = backupsInto(folder, dataSource).take(BackupKind.ON_REQUEST);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.path()))).isEqualTo("rw-------");
        assertThat(Duration.between(backup.takenAt(), clock.instant())).isLessThan(Duration.ofSeconds(5));
        assertThat(backup.path().getFileName().toString()).matches("good-enough-\\d{8}T\\d{9}Z-on-request\\.zip");
        assertThat(ArchiveLoader.manifestOf(backup.path()).tables()).extracting(BackupManifest.Table::name).contains("booking", "note");
    }

    @Test
    void aFailedBackupIsReportedAndLeavesNothingInTheFolder() throws IOException {
        TestDatabase.Connection empty = TestDatabase.freshDatabase("no_schema");
        Backups backups = backupsInto(folder, new DriverManagerDataSource(empty.url(), empty.username(), empty.password()));
        BackupsHealthIndicator health = new BackupsHealthIndicator(backups, clock);

        assertThatThrownBy(() -> backups.take(BackupKind.DAILY)).isInstanceOf(BackupFailedException.class);

        assertThat(backups.status().lastFailure()).hasValueSatisfying(failure -> assertThat(failure.reason()).contains("flyway_schema_history"));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsKey("reason");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("no half-written archive").isEmpty();
        }
    }

    @Test
    void healthShowsTheNewestBackupAndIsDownWhenItIsTooOld() {
        Backups backups = backupsInto(folder, dataSource);
        BackupsHealthIndicator health = new BackupsHealthIndicator(backups, clock);
        assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);

        BackupFile backup = backups.take(BackupKind.DAILY);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("sizeBytes", backup.sizeBytes()).containsEntry("count", 1);
        TestClock.get().advance(BackupsHealthIndicator.TOO_OLD.plusMinutes(1));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void withAnExternalDatabaseNoBackupIsTakenAndHealthSaysWhoseTheyAre() {
        Backups backups = new Backups(dataSource, clock, embedded, "auto", folder);
        assertThat(embedded.isRunning()).as("the tests' application runs on an external database").isFalse();

        assertThat(backups.taken()).isFalse();
        assertThat(new NightlyBackup(backups, clock, LocalTime.of(3, 0), ZoneOffset.UTC).isDue()).isFalse();
        assertThat(new BackupsHealthIndicator(backups, clock).health().getDetails()).containsEntry("takenBy", "the database's operator");
    }

    @Test
    void aNewVersionBacksUpAPracticeBeforeChangingItsSchemaButNotAnEmptyDatabase() throws IOException {
        TestDatabase.Connection older = TestDatabase.freshDatabase("older_version");
        DriverManagerDataSource olderDatabase = new DriverManagerDataSource(older.url(), older.username(), older.password());
        migrations(olderDatabase).target("18").load().migrate();
        String olderVersion = new JdbcTemplate(olderDatabase)
                .queryForObject("select version from flyway_schema_history where success order by installed_rank desc limit 1", String.class);
        Backups backups = backupsInto(folder, olderDatabase);

        new BackupBeforeUpgrade().backupBeforeMigrating(backups).migrate(migrations(olderDatabase).load());

        assertThat(backups.status().backups()).singleElement().satisfies(backup -> {
            assertThat(backup.kind()).isEqualTo(BackupKind.BEFORE_UPGRADE);
            assertThat(ArchiveLoader.manifestOf(backup.path()).schemaVersion()).isEqualTo(olderVersion);
        });
        assertThat(migrations(olderDatabase).load().info().pending()).isEmpty();

        TestDatabase.Connection fresh = TestDatabase.freshDatabase("fresh_install");
        DriverManagerDataSource freshDatabase = new DriverManagerDataSource(fresh.url(), fresh.username(), fresh.password());
        Backups none = backupsInto(folder.resolve("fresh"), freshDatabase);
        new BackupBeforeUpgrade().backupBeforeMigrating(none).migrate(migrations(freshDatabase).load());
        assertThat(none.status().backups()).isEmpty();
    }

    private static FluentConfiguration migrations(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration");
    }

    private Backups backupsInto(Path backupFolder, DataSource database) {
        return new Backups(database, clock, embedded, "true", backupFolder);
    }
}
