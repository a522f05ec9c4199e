package app.goodenough.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What of the application's schema a backup copies: every table but Flyway's own, without generated columns. */
final class SchemaCopy {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaCopy() {
    }

    static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select version from " + FLYWAY_HISTORY
                + " where success and version is not null order by installed_rank desc limit 1");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("The database has no schema yet");
            }
            return rows.getString(1);
        }
    }

    /** Table name to its stored (not generated) columns, in name order. */
    static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, a.attname
                from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and c.relname <> ?
                order by c.relname, a.attnum""")) {
            statement.setString(1, FLYWAY_HISTORY);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return tables;
    }

    /** Each sequence of the schema and the value it last gave (0 when it never gave one). */
    static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = current_schema() order by sequencename");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sequences.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sequences;
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaCopy::quoted).toList());
    }
}
