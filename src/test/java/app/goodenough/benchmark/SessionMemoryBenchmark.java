package app.goodenough.benchmark;

import app.goodenough.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WindowType;

/**
 * Memory per open booking flow: the packaged jar's retained heap after a full GC, before and
 * after N readers each opened the booking page in a browser tab of their own session and chose
 * a session type (so the flow's state is on the server); and the same for N readers of the
 * article, which should cost nothing. Run with
 * {@code ./mvnw package -DskipTests && ./mvnw test -Pbenchmark -Dtest=SessionMemoryBenchmark}.
 */
@Tag("benchmark")
class SessionMemoryBenchmark {

    private static final int READERS = 40;

    @Test
    void bookingFlowsAndArticleReaders(@TempDir Path dataDir) throws Exception {
        try (PackagedApp app = PackagedApp.start(dataDir); Browser browser = new Browser(app.port)) {
            openBookingFlow(browser); // the first flow loads classes and caches once; it is not counted
            browser.driver().manage().deleteAllCookies();

            long before = app.retainedHeapKb();
            Map<String, Long> classesBefore = app.bytesPerClass();
            for (int i = 0; i < READERS; i++) {
                browser.driver().switchTo().newWindow(WindowType.TAB);
                openBookingFlow(browser);
                browser.driver().manage().deleteAllCookies(); // the next tab is another reader with a session of their own
            }
            long afterFlows = app.retainedHeapKb();
            printLargestGrowth(classesBefore, app.bytesPerClass());

            int sessionCookies = 0;
            try (HttpClient client = HttpClient.newHttpClient()) {
                for (int i = 0; i < READERS * 5; i++) {
                    HttpResponse<Void> article = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + "/")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    sessionCookies += article.headers().allValues("Set-Cookie").size();
                }
            }
            long afterArticle = app.retainedHeapKb();

            System.out.printf(Locale.ROOT, "%d booking flows: retained heap %d KB → %d KB, %.0f KB per flow%n", READERS, before, afterFlows,
                    (afterFlows - before) / (double) READERS);
            System.out.printf(Locale.ROOT, "%d article reads: %d session cookies set, retained heap %d KB → %d KB (%+d KB)%n", READERS * 5,
                    sessionCookies, afterFlows, afterArticle, afterArticle - afterFlows);
        }
    }

    private static void printLargestGrowth(Map<String, Long> before, Map<String, Long> after) {
        System.out.println("largest growth per flow, by class:");
        after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %6.1f KB  %s%n", entry.getValue() / 1024.0 / READERS, entry.getKey()));
    }

    private static void openBookingFlow(Browser browser) {
        browser.open("/book");
        browser.find("vaadin-button[aria-label='Coaching session, 50 minutes']").click();
        browser.waitUntilIdle();
        browser.find(".month-grid button.day-free");
    }
}
