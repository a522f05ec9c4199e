package app.goodenough.benchmark;

import app.goodenough.notes.NotesService;
import app.goodenough.notesearch.NoteQuery;
import app.goodenough.notesearch.NoteSearchService;
import app.goodenough.notesearch.internal.NoteSearch;
import app.goodenough.support.IntegrationTest;
import app.goodenough.support.SignIn;
import app.goodenough.support.TestDatabase;
import app.goodenough.support.TestPractice;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notes search: 50,000 notes of 150 words over 200 clients of one coach (3 words per note from a
 * 50-word vocabulary of coaching themes, the rest from 3,000 everyday words with a skewed
 * frequency, as in real text), searched through
 * {@link NotesService#search} (query, filters, snippets, audit row) and, to see the database's
 * share, the search query alone ({@link NoteSearch}). Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=NoteSearchBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class NoteSearchBenchmark {

    private static final int CLIENTS = 200;
    private static final int NOTES = 50_000;
    private static final int RUNS = 200;
    private static final List<String> QUERIES = List.of("boundary", "rest weekend", "\"day off\"", "guilt -work",
            "mother or sister", "perfect presentation", "repair after argument", "tired", "word2900");

    @Autowired JdbcTemplate jdbc;
    @Autowired TestPractice testPractice;
    @Autowired NotesService notesService;
    @Autowired NoteSearchService noteSearchService;
    @Autowired NoteSearch noteSearch;
    @Autowired SignIn signIn;

    @Test
    void fiftyThousandNotes() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        long loading = System.nanoTime();
        fill(practice);
        System.out.printf(Locale.ROOT, "loaded %d notes in %.1f s%n", NOTES, (System.nanoTime() - loading) / 1e9);
        signIn.as(practice.coach().email());

        ZoneId zone = practice.zone();
        for (boolean withPrinciple : new boolean[] {false, true}) {
            measure("at the database", withPrinciple, query -> noteSearch.search(practice.coach().id(), query, zone, 20).size());
            measure("through the service", withPrinciple, query -> noteSearchService.search(query, 20).size());
        }
    }

    private void measure(String where, boolean withPrinciple, ToIntFunction<NoteQuery> search) {
        Stopwatch stopwatch = new Stopwatch(RUNS);
        int found = 0;
        for (int i = 0; i < RUNS + 50; i++) {
            NoteQuery query = new NoteQuery(QUERIES.get(i % QUERIES.size()), withPrinciple ? "not-always-on" : null, null,
                    null, null, null, null);
            long begin = System.nanoTime();
            found += search.applyAsInt(query);
            if (i >= 50) {
                stopwatch.record(System.nanoTime() - begin);
            }
        }
        System.out.printf(Locale.ROOT, "note search %s, %s: median %.1f ms, p95 %.1f ms over %d searches (%d hits shown), %s%n", where,
                withPrinciple ? "with a principle filter   " : "without a principle filter",
                stopwatch.percentileMicros(50) / 1000, stopwatch.percentileMicros(95) / 1000, RUNS, found,
                TestDatabase.connection().kind());
    }

    private void fill(TestPractice.Practice practice) {
        jdbc.update("""
                insert into account (email, display_name, role)
                select 'bench-client-' || i || '-' || gen_random_uuid() || '@example.org', 'Client ' || i, 'CLIENT'
                from generate_series(1, ?) i
                """, CLIENTS);
        jdbc.update("""
                insert into coach_client (coach_id, client_id)
                select ?, id from account where email like 'bench-client-%' and id not in (select client_id from coach_client)
                """, practice.coach().id().value());
        jdbc.update("""
                with words as (
                    select array['boundary','rest','weekend','guilt','work','mother','sister','perfect','presentation',
                        'repair','argument','tired','day','off','helper','quiet','enough','mistake','growth','friend',
                        'partner','colleague','limits','breathe','care','receive','give','sorry','listen','anxious',
                        'calm','proud','sleep','walk','garden','email','late','early','therapy','family','holiday',
                        'deadline','laugh','cry','honest','trust','distance','close','safe','brave'] as w
                ), clients as (
                    select array_agg(client_id) as ids from coach_client where coach_id = ?
                )
                insert into note (coach_id, client_id, body, updated_at)
                select ?, clients.ids[1 + (n % cardinality(clients.ids))],
                       (select string_agg(case when g <= 3 then words.w[1 + floor(random() * 50)::int]
                                               else 'word' || floor(3000 * random() ^ 3)::int end, ' ')
                        from generate_series(1, 150) g, words where n > 0),
                       now() - (n || ' minutes')::interval
                from generate_series(1, ?) n, clients
                """, practice.coach().id().value(), practice.coach().id().value(), NOTES);
        jdbc.update("""
                insert into note_principle (note_id, principle, stance)
                select id, (array['not-all-bad','perfection-not-necessary','black-and-white-thinking','mistakes-as-growth',
                        'beyond-the-helper','not-always-on','redefine-success'])[1 + floor(random() * 7)::int], null
                from note where coach_id = ?
                """, practice.coach().id().value());
        jdbc.execute("analyze note");
        jdbc.execute("analyze note_principle");
    }
}
