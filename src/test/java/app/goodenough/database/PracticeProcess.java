package app.goodenough.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** {@link PracticeUnderLoad} running in a process of its own, and what it told its clients so far. */
final class PracticeProcess implements AutoCloseable {

    private final Process process;
    private final Thread listener;
    private volatile boolean ready;
    private final Set<String> bookingsTried = ConcurrentHashMap.newKeySet();
    private final Set<String> savesTried = ConcurrentHashMap.newKeySet();
    /** Idempotency key to booking id, for each booking whose confirmation reached the reader. */
    final Map<String, String> booked = new ConcurrentHashMap<>();
    /** "note-id version" of each note save the coach was told of. */
    final Set<String> saved = ConcurrentHashMap.newKeySet();

    private PracticeProcess(Process process) {
        this.process = process;
        this.listener = Thread.ofPlatform().daemon().start(this::listen);
    }

    static PracticeProcess start(Path dataDir) throws IOException {
        return new PracticeProcess(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PracticeUnderLoad.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Waits until at least this many bookings and note saves were confirmed. */
    void awaitConfirmed(int bookings, int noteSaves, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (booked.size() < bookings || saved.size() < noteSaves) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new AssertionError("the practice confirmed " + booked.size() + " bookings and " + saved.size()
                        + " note saves, ready: " + ready);
            }
            Thread.sleep(50);
        }
    }

    /** Steps tried whose confirmation has not come back (yet). */
    int inFlight() {
        return (int) (bookingsTried.stream().filter(key -> !booked.containsKey(key)).count()
                + savesTried.stream().filter(save -> !saved.contains(save)).count());
    }

    /** Kills the application at once (SIGKILL) and reads what it had written before it died. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
        listener.join(Duration.ofSeconds(30));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void listen() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "ready" -> ready = true;
                    case "trying" -> (words[1].equals("booking") ? bookingsTried : savesTried).add(line.substring(line.indexOf(words[2])));
                    case "booked" -> booked.put(words[1], words[2]);
                    case "saved" -> saved.add(words[1] + " " + words[2]);
                    default -> {
                    }
                }
            }
        } catch (IOException ended) {
            // the process is gone; what was read is what its clients were told
        }
    }
}
