package app.goodenough.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.Application;
import app.goodenough.backup.internal.Backups;
import app.goodenough.database.EmbeddedDatabaseServer;
import app.goodenough.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A backup of the demo practice, taken by the application, restored with the restore command into
 * a fresh data folder: every table holds exactly what the source held, row for row. The source
 * runs on a database of its own and is stopped before the comparison, so nothing changes it.
 */
class BackupRestoreTest {

    @TempDir static Path backupFolder;
    private static DataSource source;
    private static BackupFile backup;

    @TempDir Path dataDir;

    @BeforeAll
    static void takeABackupOfTheDemoPractice() {
        TestDatabase.Connection database = TestDatabase.freshDatabase("backup_source");
        source = new DriverManagerDataSource(database.url(), database.username(), database.password());
        SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class, database.asArguments("--server.port=0",
                "--management.server.port=0", "--good-enough.demo=true", "--good-enough.backup.enabled=true",
                "--good-enough.backup.folder=" + backupFolder))) {
            backup = app.getBean(Backups.class).take(BackupKind.ON_REQUEST);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTable() throws IOException {
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        int status = new RestoreCommand(dataDir.toString(), new PrintStream(said, true, StandardCharsets.UTF_8))
                .run(List.of(backup.path().toString()));

        assertThat(status).as(said.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Restored the backup taken at").contains("GOOD_ENOUGH_DATA_DIR=");
        try (EmbeddedPostgres restored = new EmbeddedDatabaseServer(dataDir.toString(), 0).start()) {
            JdbcTemplate original = new JdbcTemplate(source);
            JdbcTemplate copy = new JdbcTemplate(restored.getPostgresDatabase());
            Map<String, String> sourceTables = fingerprints(original);
            assertThat(sourceTables).containsKeys("account", "booking", "note", "note_version", "outbox_message", "app_secret");
            assertThat(sourceTables.get("note")).doesNotStartWith("0 ");
            assertThat(fingerprints(copy)).isEqualTo(sourceTables);
            assertThat(sequences(copy)).isEqualTo(sequences(original));
            assertThat(versions(copy)).isEqualTo(versions(original));
        }
    }

    @Test
    void aFolderThatAlreadyHoldsAPracticeIsNeverWrittenTo() throws IOException {
        assertThat(restore(backup.path())).isZero();
        long restoredFiles = filesIn(dataDir);

        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int status = new RestoreCommand(dataDir.toString(), new PrintStream(said, true, StandardCharsets.UTF_8)).run(List.of(backup.path().toString()));

        assertThat(status).isEqualTo(1);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("already holds a practice").contains("fresh folder");
        assertThat(filesIn(dataDir)).isEqualTo(restoredFiles);
    }

    @Test
    void aDamagedBackupIsRefusedAndLeavesTheFolderAsItWas() throws IOException {
        Path damaged = dataDir.resolveSibling(dataDir.getFileName() + "-damaged.zip");
        copyWithOneRowMoreDeclared(backup.path(), damaged, "booking");
        Path notABackup = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-notes.zip"), "not a zip");

        assertThat(restore(damaged)).isEqualTo(1);
        assertThat(Files.exists(EmbeddedDatabaseServer.postgresFolderIn(dataDir.toString()))).as("nothing left half-restored").isFalse();
        assertThat(restore(notABackup)).isEqualTo(1);
        assertThat(restore(dataDir.resolve("missing.zip"))).isEqualTo(1);
        assertThat(new RestoreCommand(dataDir.toString(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of())).isEqualTo(2);
    }

    private int restore(Path archive) {
        return new RestoreCommand(dataDir.toString(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of(archive.toString()));
    }

    /** Each table's row count and a digest of all its rows, generated columns included, in a fixed order. */
    private static Map<String, String> fingerprints(JdbcTemplate database) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : database.queryForList("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename <> 'flyway_schema_history' order by tablename", String.class)) {
            fingerprints.put(table, database.queryForObject("select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) "
                    + "from \"" + table + "\" t", String.class));
        }
        return fingerprints;
    }

    private static List<Map<String, Object>> sequences(JdbcTemplate database) {
        return database.queryForList("select sequencename, last_value from pg_sequences where schemaname = 'public' order by sequencename");
    }

    private static List<String> versions(JdbcTemplate database) {
        return database.queryForList("select version from flyway_schema_history where success order by installed_rank", String.class);
    }

    private static long filesIn(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(file -> !file.getFileName().toString().equals("postmaster.pid")).count();
        }
    }

    private static void copyWithOneRowMoreDeclared(Path from, Path to, String table) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("backup.properties")) {
                        String manifest = new String(content, StandardCharsets.ISO_8859_1);
                        String line = manifest.lines().filter(l -> l.startsWith("rows." + table + "=")).findFirst().orElseThrow();
                        long rows = Long.parseLong(line.substring(line.indexOf('=') + 1));
                        content = manifest.replace(line, "rows." + table + "=" + (rows + 1)).getBytes(StandardCharsets.ISO_8859_1);
                    }
                    out.write(content);
                }
                out.closeEntry();
            }
        }
    }
}
