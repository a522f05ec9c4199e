package app.goodenough.backup.internal;

import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupKind;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups are kept: the 14 newest nightly ones, and the newest nightly one of each of the
 * 8 newest weeks (so a mistake noticed a month late can still be undone); of those taken on
 * request and before upgrades, the 8 newest of each.
 */
final class BackupRetention {

    static final int DAILY_KEPT = 14;
    static final int WEEKLY_KEPT = 8;
    static final int OTHERS_KEPT = 8;

    private BackupRetention() {
    }

    static List<BackupFile> toDelete(List<BackupFile> backups) {
        Set<BackupFile> kept = new HashSet<>();
        List<BackupFile> daily = newestFirst(backups, BackupKind.DAILY);
        kept.addAll(daily.stream().limit(DAILY_KEPT).toList());
        Map<String, BackupFile> newestOfEachWeek = new LinkedHashMap<>();
        daily.forEach(backup -> newestOfEachWeek.putIfAbsent(weekOf(backup), backup));
        kept.addAll(newestOfEachWeek.values().stream().limit(WEEKLY_KEPT).toList());
        for (BackupKind kind : List.of(BackupKind.ON_REQUEST, BackupKind.BEFORE_UPGRADE)) {
            kept.addAll(newestFirst(backups, kind).stream().limit(OTHERS_KEPT).toList());
        }
        return backups.stream().filter(backup -> !kept.contains(backup)).toList();
    }

    private static List<BackupFile> newestFirst(List<BackupFile> backups, BackupKind kind) {
        return backups.stream().filter(backup -> backup.kind() == kind)
                .sorted(Comparator.comparing(BackupFile::takenAt).reversed()).toList();
    }

    private static String weekOf(BackupFile backup) {
        var day = backup.takenAt().atOffset(ZoneOffset.UTC);
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
