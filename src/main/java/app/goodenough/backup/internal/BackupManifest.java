package app.goodenough.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup archive holds, written as its first entry: the schema version its tables were
 * copied at, when, and each table's columns and row count, and each sequence's position.
 */
public record BackupManifest(int format, String schemaVersion, Instant takenAt, List<Table> tables, Map<String, Long> sequences) {

    static final String ENTRY = "backup.properties";
    static final int FORMAT = 1;

    public record Table(String name, List<String> columns, long rows) {

        String entry() {
            return "tables/" + name + ".tsv";
        }
    }

    void writeTo(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", Integer.toString(format));
        properties.setProperty("schema-version", schemaVersion);
        properties.setProperty("taken-at", takenAt.toString());
        properties.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (Table table : tables) {
            properties.setProperty("columns." + table.name(), String.join(",", table.columns()));
            properties.setProperty("rows." + table.name(), Long.toString(table.rows()));
        }
        sequences.forEach((sequence, position) -> properties.setProperty("sequence." + sequence, Long.toString(position)));
        properties.store(out, "Good Enough backup");
    }

    static BackupManifest readFrom(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        try {
            List<Table> tables = new ArrayList<>();
            for (String name : properties.getProperty("tables", "").split(",")) {
                if (!name.isEmpty()) {
                    tables.add(new Table(name, Arrays.asList(required(properties, "columns." + name).split(",")),
                            Long.parseLong(required(properties, "rows." + name))));
                }
            }
            Map<String, Long> sequences = new LinkedHashMap<>();
            properties.stringPropertyNames().stream().filter(key -> key.startsWith("sequence.")).sorted()
                    .forEach(key -> sequences.put(key.substring("sequence.".length()), Long.parseLong(properties.getProperty(key))));
            return new BackupManifest(Integer.parseInt(required(properties, "format")), required(properties, "schema-version"),
                    Instant.parse(required(properties, "taken-at")), tables, sequences);
        } catch (RuntimeException unreadable) {
            throw new IOException("The backup's description is damaged: " + unreadable.getMessage(), unreadable);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value;
    }
}
