package app.goodenough.backup.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies every table into one ZIP archive from one snapshot of the database (a read-only,
 * repeatable-read transaction), streaming each table through PostgreSQL's COPY so that a large
 * practice never has to fit in memory. The archive is a logical copy at the schema's Flyway
 * version: restoring it needs only the application's own migrations, not pg_dump.
 *
 * <p>Why: {@code src/docs/decisions/007-logical-backups.md}.
 */
final class ArchiveWriter {

    private ArchiveWriter() {
    }

    static BackupManifest write(Connection connection, OutputStream out, Instant takenAt) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String schemaVersion = SchemaCopy.schemaVersion(connection);
            List<BackupManifest.Table> tables = new ArrayList<>();
            for (Map.Entry<String, List<String>> table : SchemaCopy.tables(connection).entrySet()) {
                BackupManifest.Table described = new BackupManifest.Table(table.getKey(), table.getValue(), 0);
                zip.putNextEntry(new ZipEntry(described.entry()));
                long rows = copy.copyOut("copy " + SchemaCopy.quoted(table.getKey()) + " (" + SchemaCopy.columnList(table.getValue())
                        + ") to stdout", new KeptOpen(zip));
                zip.closeEntry();
                tables.add(new BackupManifest.Table(table.getKey(), table.getValue(), rows));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, schemaVersion, takenAt, tables,
                    SchemaCopy.sequences(connection));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.writeTo(new KeptOpen(zip));
            zip.closeEntry();
            connection.commit();
            return manifest;
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The archive stream, which copying one table must not close. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
