package app.goodenough.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a process of its own: starts the embedded server on the data folder given, stores a row
 * and dies at once, as a killed application does, leaving its PostgreSQL running.
 */
public final class AbandonsItsDatabase {

    private AbandonsItsDatabase() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = new EmbeddedDatabaseServer(args[0], 0).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('written before the crash')");
        }
        Runtime.getRuntime().halt(0);
    }
}
