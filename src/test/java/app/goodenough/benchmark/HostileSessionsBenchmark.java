package app.goodenough.benchmark;

import app.goodenough.support.Browser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile visitors without an account: each of 1,000 opens the booking page in a session of its
 * own, goes to the details form and sends, bypassing the field's maxlength, first ten million
 * characters as "what brings you" (refused whole, 413) and then the most an anonymous request may
 * carry (4,000). The packaged jar runs with at most 200 anonymous sessions kept; its retained heap
 * after a full GC is printed every 250 visitors, and stays flat once the cap is reached. Run with
 * {@code ./mvnw package -DskipTests && ./mvnw test -Pbenchmark -Dtest=HostileSessionsBenchmark}.
 */
@Tag("benchmark")
class HostileSessionsBenchmark {

    private static final int VISITORS = Integer.getInteger("visitors", 1_000);
    private static final int BROWSERS = 4;
    private static final int KEPT = 200;
    private static final String SEND = """
            const area = document.querySelector('.details-form vaadin-text-area');
            area.value = 'x'.repeat(arguments[0]);
            area.dispatchEvent(new Event('change', {bubbles: true}));
            """;

    @Test
    void heapStaysFlatUnderHostileAnonymousSessions(@TempDir Path dataDir) throws Exception {
        try (PackagedApp app = PackagedApp.start(dataDir, Map.of("GOOD_ENOUGH_ANONYMOUS_SESSIONS", String.valueOf(KEPT),
                "GOOD_ENOUGH_PUBLIC_FORMS_BOOKINGS_PER_ADDRESS", "100000"))) {
            List<Browser> browsers = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
            try {
                for (int b = 0; b < BROWSERS; b++) {
                    browsers.add(new Browser(app.port));
                }
                oneHostileVisitor(browsers.getFirst()); // the first visit loads classes and caches once; it is not counted
                long start = app.retainedHeapKb();
                System.out.printf(Locale.ROOT, "retained heap before: %d KB%n", start);
                int done = 0;
                for (int checkpoint = VISITORS / 4; checkpoint <= VISITORS; checkpoint += VISITORS / 4) {
                    visit(pool, browsers, checkpoint - done);
                    done = checkpoint;
                    long now = app.retainedHeapKb();
                    System.out.printf(Locale.ROOT, "after %4d hostile visitors: retained heap %d KB (%+d KB since the start)%n",
                            done, now, now - start);
                }
            } finally {
                pool.shutdownNow();
                browsers.forEach(Browser::close);
            }
        }
    }

    private static void visit(ExecutorService pool, List<Browser> browsers, int visitors) throws Exception {
        AtomicInteger left = new AtomicInteger(visitors);
        List<Future<?>> running = new ArrayList<>();
        for (Browser browser : browsers) {
            running.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    oneHostileVisitor(browser);
                }
                return null;
            }));
        }
        for (Future<?> browser : running) {
            browser.get();
        }
    }

    private static void oneHostileVisitor(Browser browser) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/book");
        browser.click("vaadin-button[aria-label='Intro call, 20 minutes']");
        browser.click("vaadin-button.next-free");
        browser.click("vaadin-button.time");
        browser.find(".details-form vaadin-text-area");
        browser.script(SEND, 10_000_000);
        browser.waitUntilIdle();
        browser.script(SEND, 4_000);
        browser.waitUntilIdle();
    }
}
