package app.goodenough.benchmark;

import app.goodenough.support.Browser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page weight and time to interactive in headless Chromium on localhost, cold (a new browser
 * profile each run): bytes transferred for the page and everything it loads, and the time from
 * navigation until the page can be used (the article: loaded; the booking page: Vaadin idle
 * with the session types on screen). Measured on the packaged jar, in production mode, as
 * readers get it: {@code ./mvnw package -DskipTests && ./mvnw test -Pbenchmark -Dtest=PageWeightBenchmark}.
 */
@Tag("benchmark")
class PageWeightBenchmark {

    private static final int RUNS = 7;
    private static final String TRANSFERRED = """
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            return {bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0), requests: entries.length,
                    ms: Math.round(performance.now())};
            """;

    private static PackagedApp app;

    @BeforeAll
    static void startThePackagedJar(@TempDir Path dataDir) throws Exception {
        app = PackagedApp.start(dataDir);
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        app.close();
    }

    @Test
    void theArticleAndTheBookingPagesFirstScreen() {
        report("article /", measure("/", browser -> browser.find("h1")));
        report("booking /book, first screen", measure("/book", browser -> {
            browser.waitUntilIdle();
            browser.find("vaadin-button.session-type");
        }));
    }

    private List<Map<?, ?>> measure(String path, java.util.function.Consumer<Browser> untilUsable) {
        List<Map<?, ?>> runs = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            try (Browser browser = new Browser(app.port)) {
                browser.visit(path);
                untilUsable.accept(browser);
                Map<?, ?> run = (Map<?, ?>) browser.script(TRANSFERRED);
                if (i > 0) {
                    runs.add(run); // the first run warms the server, not the browser
                }
            }
        }
        return runs;
    }

    private static void report(String page, List<Map<?, ?>> runs) {
        List<Long> bytes = runs.stream().map(run -> ((Number) run.get("bytes")).longValue()).sorted().toList();
        List<Long> millis = runs.stream().map(run -> ((Number) run.get("ms")).longValue()).sorted().toList();
        System.out.printf(Locale.ROOT, "%s: %d requests, %.1f KB transferred (median), usable after median %d ms (runs %s)%n", page,
                ((Number) runs.getFirst().get("requests")).intValue(), bytes.get(bytes.size() / 2) / 1024.0,
                millis.get(millis.size() / 2), millis);
    }
}
