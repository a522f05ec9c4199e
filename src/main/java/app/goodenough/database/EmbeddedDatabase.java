package app.goodenough.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The embedded PostgreSQL the application runs on when no external database is configured,
 * or none. The choice is made when the application starts, so one processed configuration
 * serves both.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final @Nullable EmbeddedPostgres server;

    private EmbeddedDatabase(@Nullable EmbeddedPostgres server) {
        this.server = server;
    }

    static EmbeddedDatabase running(EmbeddedPostgres server) {
        return new EmbeddedDatabase(server);
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null);
    }

    /** Whether the application runs its own PostgreSQL (and so looks after its backups itself). */
    public boolean isRunning() {
        return server != null;
    }

    /** The running server, for operations that manage it (stopping it, reading its port). */
    public Optional<EmbeddedPostgres> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
