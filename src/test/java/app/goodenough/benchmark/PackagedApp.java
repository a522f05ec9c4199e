package app.goodenough.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** The packaged jar running in a process of its own, in production mode with the demo practice, as readers get it. */
final class PackagedApp implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    private final Process process;
    final int port;

    private PackagedApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PackagedApp start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    /** The jar with the demo practice and these settings (environment variables) besides. */
    static PackagedApp start(Path dataDir, Map<String, String> settings) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(file -> file.getFileName().toString().matches("good-enough-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw package -DskipTests"));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder java = new ProcessBuilder(javaTool("java"), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile());
        java.environment().putAll(Map.of("SERVER_PORT", String.valueOf(port), "GOOD_ENOUGH_DATA_DIR", dataDir.toString(),
                "GOOD_ENOUGH_DEMO", "true", "GOOD_ENOUGH_MANAGEMENT_PORT", "0"));
        java.environment().putAll(settings);
        PackagedApp app = new PackagedApp(java.start(), port);
        HttpClient client = HttpClient.newHttpClient();
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("UP"));
        return app;
    }

    /** The heap the application still uses after a full garbage collection, in KB (jcmd GC.run, then GC.heap_info). */
    long retainedHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing about the heap in use");
        }
        return Long.parseLong(used.group(1));
    }

    /** Bytes held per class after a full collection (jcmd GC.class_histogram), for telling where memory goes. */
    Map<String, Long> bytesPerClass() throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaTool("jcmd"), String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
