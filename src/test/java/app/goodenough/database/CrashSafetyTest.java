package app.goodenough.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The demo practice takes bookings and note saves as fast as it can in a process of its own,
 * on the embedded PostgreSQL, until it is killed without warning: first its PostgreSQL, then (in
 * the other test) the application itself. After a restart, every booking and every note save
 * whose confirmation reached its reader or coach is there, and nothing is there half-written.
 */
class CrashSafetyTest {

    private static final int CONFIRMED_BEFORE_THE_CRASH = 40;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir Path dataDir;

    @Test
    void killingPostgresLosesNothingThatWasConfirmed() throws Exception {
        try (PracticeProcess practice = PracticeProcess.start(dataDir)) {
            practice.awaitConfirmed(CONFIRMED_BEFORE_THE_CRASH, CONFIRMED_BEFORE_THE_CRASH, PATIENCE);
            ProcessHandle postmaster = postmaster();
            List<ProcessHandle> workers = postmaster.descendants().toList();
            int inFlight = practice.inFlight();
            postmaster.destroyForcibly();
            postmaster.onExit().join();
            workers.forEach(worker -> worker.onExit().join());
            practice.kill();

            everythingConfirmedIsThereAndWhole(practice, "PostgreSQL killed", inFlight);
        }
    }

    @Test
    void killingTheApplicationLosesNothingThatWasConfirmed() throws Exception {
        try (PracticeProcess practice = PracticeProcess.start(dataDir)) {
            practice.awaitConfirmed(CONFIRMED_BEFORE_THE_CRASH, CONFIRMED_BEFORE_THE_CRASH, PATIENCE);
            int inFlight = practice.inFlight();
            practice.kill();

            everythingConfirmedIsThereAndWhole(practice, "application killed", inFlight);
        }
    }

    private void everythingConfirmedIsThereAndWhole(PracticeProcess practice, String crash, int inFlight) throws java.io.IOException {
        try (EmbeddedPostgres restarted = new EmbeddedDatabaseServer(dataDir.toString(), 0).start();
                SingleConnectionDataSource connection = new SingleConnectionDataSource(
                        restarted.getJdbcUrl("postgres", "postgres"), "postgres", "", true)) {
            JdbcTemplate database = new JdbcTemplate(connection);
            Map<String, String> found = database.queryForList(
                    "select b.idempotency_key::text as key, b.id::text as id from booking b join account a on a.id = b.client_id "
                    + "where a.email like 'load-%'")
                    .stream().collect(Collectors.toMap(row -> (String) row.get("key"), row -> (String) row.get("id")));
            assertThat(found).as("every booking confirmed to its reader").containsAllEntriesOf(practice.booked);
            assertThat(database.queryForList("select b.id from booking b join account a on a.id = b.client_id where a.email like 'load-%' and ("
                    + "not exists (select from booking_event e where e.booking_id = b.id and e.kind = 'CREATED') "
                    + "or not exists (select from time_claim c where c.id = b.claim_id) "
                    + "or not exists (select from outbox_message m where m.booking_id = b.id and m.kind = 'CONFIRMATION'))", UUID.class))
                    .as("bookings without their claim, history or confirmation message").isEmpty();

            for (String save : practice.saved) {
                String[] noteAndVersion = save.split(" ");
                assertThat(database.queryForList("select body from note_version where note_id = ?::uuid and version = ?", String.class,
                        noteAndVersion[0], Integer.parseInt(noteAndVersion[1])))
                        .as("note save " + save).containsExactly(PracticeUnderLoad.body(noteAndVersion[0], Integer.parseInt(noteAndVersion[1])));
            }
            assertThat(database.queryForList("select n.id from note n where n.version > 0 and ("
                    + "n.body is distinct from (select v.body from note_version v where v.note_id = n.id and v.version = n.version) "
                    + "or (select count(*) from note_version v where v.note_id = n.id) <> n.version)", UUID.class))
                    .as("notes whose text is not their last saved version, or whose versions have gaps").isEmpty();

            System.out.printf("Crash test (%s): %d bookings and %d note saves confirmed, %d steps in flight at the kill; "
                    + "%d bookings found after the restart%n", crash, practice.booked.size(), practice.saved.size(), inFlight, found.size());
        }
    }

    private ProcessHandle postmaster() throws java.io.IOException {
        long pid = Long.parseLong(Files.readAllLines(EmbeddedDatabaseServer.postgresFolderIn(dataDir.toString()).resolve("postmaster.pid"))
                .getFirst().strip());
        return ProcessHandle.of(pid).orElseThrow();
    }
}
