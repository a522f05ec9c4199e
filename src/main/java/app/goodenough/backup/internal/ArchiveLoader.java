package app.goodenough.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a backup archive into a database whose schema is at the archive's version, in one
 * transaction: the tables are emptied and filled from the archive, foreign keys and triggers
 * held back until every table is in, sequences put where they were. A table whose row count does
 * not match the archive's description undoes it all.
 */
public final class ArchiveLoader {

    private ArchiveLoader() {
    }

    public static BackupManifest manifestOf(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return manifestOf(zip);
        }
    }

    public static BackupManifest load(Connection connection, Path archive) throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            BackupManifest manifest = manifestOf(zip);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                fill(connection, zip, manifest, sameSchema(connection, manifest));
                connection.commit();
                return manifest;
            } catch (SQLException | IOException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static BackupManifest manifestOf(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new IOException("This is not a Good Enough backup: it has no " + BackupManifest.ENTRY);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            BackupManifest manifest = BackupManifest.readFrom(in);
            if (manifest.format() != BackupManifest.FORMAT) {
                throw new IOException("The backup is in format " + manifest.format() + "; this version reads format " + BackupManifest.FORMAT);
            }
            return manifest;
        }
    }

    /** The database's tables, once they are known to be the backup's. */
    private static Map<String, List<String>> sameSchema(Connection connection, BackupManifest manifest) throws SQLException, IOException {
        String version = SchemaCopy.schemaVersion(connection);
        if (!version.equals(manifest.schemaVersion())) {
            throw new IOException("The backup was taken at schema version " + manifest.schemaVersion() + "; the database is at " + version);
        }
        Map<String, List<String>> tables = SchemaCopy.tables(connection);
        for (BackupManifest.Table table : manifest.tables()) {
            if (!table.columns().equals(tables.get(table.name()))) {
                throw new IOException("The backup's table " + table.name() + " does not match the schema");
            }
        }
        return tables;
    }

    private static void fill(Connection connection, ZipFile zip, BackupManifest manifest, Map<String, List<String>> tables)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            statement.execute("truncate " + String.join(", ", tables.keySet().stream().map(SchemaCopy::quoted).toList()));
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table table : manifest.tables()) {
            ZipEntry entry = zip.getEntry(table.entry());
            if (entry == null) {
                throw new IOException("The backup lacks the table " + table.name());
            }
            try (InputStream rows = zip.getInputStream(entry)) {
                long loaded = copy.copyIn("copy " + SchemaCopy.quoted(table.name()) + " (" + SchemaCopy.columnList(table.columns())
                        + ") from stdin", rows);
                if (loaded != table.rows()) {
                    throw new IOException("The backup's table " + table.name() + " holds " + loaded + " rows, not the " + table.rows()
                            + " it was taken with");
                }
            }
        }
        try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
                setval.setString(1, SchemaCopy.quoted(sequence.getKey()));
                setval.setLong(2, Math.max(sequence.getValue(), 1));
                setval.setBoolean(3, sequence.getValue() > 0);
                setval.execute();
            }
        }
    }
}
