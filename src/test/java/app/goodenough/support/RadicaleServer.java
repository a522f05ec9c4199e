package app.goodenough.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A real CalDAV server for a test: Debian's Radicale on a free port, with a throwaway folder and
 * one user. {@code .ci/run} installs Radicale when it is missing; without it the test fails and says so.
 */
public final class RadicaleServer implements AutoCloseable {

    private final Process process;
    private final Path folder;
    private final int port;
    private final String user;
    private final String password;

    public RadicaleServer(String user, String password) {
        this.user = user;
        this.password = password;
        try {
            folder = Files.createTempDirectory("radicale");
            Files.writeString(folder.resolve("users"), user + ":" + password + "\n");
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            process = new ProcessBuilder(List.of("radicale", "--server-hosts", "127.0.0.1:" + port,
                    "--auth-type", "htpasswd", "--auth-htpasswd-filename", folder.resolve("users").toString(),
                    "--auth-htpasswd-encryption", "plain", "--storage-filesystem-folder", folder.resolve("collections").toString(),
                    "--rights-type", "owner_only"))
                    .redirectErrorStream(true).redirectOutput(folder.resolve("log").toFile()).start();
        } catch (IOException missing) {
            throw new IllegalStateException("Radicale could not be started (apt-get install radicale; .ci/run installs it)", missing);
        }
        waitUntilAnswering();
    }

    /** Makes a calendar collection of the user's; returns its address. */
    public String calendar(String name) {
        String address = "http://127.0.0.1:" + port + "/" + user + "/" + name + "/";
        send(address, "MKCALENDAR", "", 201);
        return address;
    }

    /** Stores an event (a whole VCALENDAR object) in the calendar, as a calendar app does. */
    public void put(String calendar, String uid, String ics) {
        send(calendar + uid + ".ics", "PUT", ics, 201);
    }

    private void send(String address, String method, String body, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/calendar; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != expected) {
                throw new IllegalStateException(method + " " + address + " answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void waitUntilAnswering() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (HttpClient client = HttpClient.newHttpClient()) {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Radicale did not answer on port " + port + " within 20 seconds; see " + folder.resolve("log"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
