package app.goodenough.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    private static final Instant NEWEST = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void theLastFourteenNightsAndTheNewestOfEachOfTheLastEightWeeksAreKept() {
        List<BackupFile> nightly = new ArrayList<>();
        for (int nightsAgo = 0; nightsAgo < 120; nightsAgo++) {
            nightly.add(backup(BackupKind.DAILY, NEWEST.minus(Duration.ofDays(nightsAgo))));
        }

        List<BackupFile> deleted = BackupRetention.toDelete(nightly);
        List<BackupFile> kept = nightly.stream().filter(backup -> !deleted.contains(backup)).toList();

        assertThat(kept).containsAll(nightly.subList(0, 14));
        // 30 November 2026 is a Monday: the newest of each earlier week is its Sunday
        List<Instant> olderThanTwoWeeks = kept.stream().map(BackupFile::takenAt).filter(at -> at.isBefore(NEWEST.minus(Duration.ofDays(13)))).toList();
        assertThat(olderThanTwoWeeks).containsExactly(
                Instant.parse("2026-11-15T03:00:00Z"), Instant.parse("2026-11-08T03:00:00Z"), Instant.parse("2026-11-01T03:00:00Z"),
                Instant.parse("2026-10-25T03:00:00Z"), Instant.parse("2026-10-18T03:00:00Z"));
        assertThat(kept).hasSize(14 + 5);
    }

    @Test
    void ofBackupsOnRequestAndBeforeUpgradesTheEightNewestOfEachAreKept() {
        List<BackupFile> backups = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            backups.add(backup(BackupKind.ON_REQUEST, NEWEST.minus(Duration.ofHours(i))));
            backups.add(backup(BackupKind.BEFORE_UPGRADE, NEWEST.minus(Duration.ofDays(30L * i))));
        }

        assertThat(BackupRetention.toDelete(backups)).extracting(BackupFile::takenAt).containsExactlyInAnyOrder(
                NEWEST.minus(Duration.ofHours(8)), NEWEST.minus(Duration.ofHours(9)),
                NEWEST.minus(Duration.ofDays(240)), NEWEST.minus(Duration.ofDays(270)));
    }

    @Test
    void aFewBackupsAreAllKept() {
        List<BackupFile> backups = List.of(backup(BackupKind.DAILY, NEWEST), backup(BackupKind.ON_REQUEST, NEWEST),
                backup(BackupKind.BEFORE_UPGRADE, NEWEST));

        assertThat(BackupRetention.toDelete(backups)).isEmpty();
    }

    private static BackupFile backup(BackupKind kind, Instant takenAt) {
        return new BackupFile(Path.of(kind.fileWord() + "-" + takenAt + ".zip"), kind, takenAt, 1000);
    }
}
