package app.goodenough.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run in a process of its own: starts the embedded server on the data folder given, says "ready",
 * and waits. On the stop signal a shutdown hook plays the application's graceful shutdown: a
 * second later it finishes a query over a connection it holds, prints "finished" or "failed", and
 * only then stops the server, as the application's context does when it closes.
 */
public final class FinishesWorkAfterTheStopSignal {

    private FinishesWorkAfterTheStopSignal() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = new EmbeddedDatabaseServer(args[0], 0).start();
        Connection connection = postgres.getPostgresDatabase().getConnection();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (connection; Statement statement = connection.createStatement()) {
                Thread.sleep(1_000);
                try (ResultSet rows = statement.executeQuery("select 'work in flight'")) {
                    rows.next();
                    System.out.println("finished " + rows.getString(1));
                }
            } catch (SQLException | InterruptedException failed) {
                System.out.println("failed " + failed.getMessage());
            } finally {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    System.out.println("could not stop the server");
                }
            }
            System.out.flush();
        }));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
