package app.goodenough.busytimes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a calendar file from its address, or a CalDAV calendar's events, within limits: 10 seconds to connect, 20 seconds for
 * the whole answer, at most 5 MB. Whatever goes wrong is said in words for the coach.
 */
@Component
public class CalendarFetcher {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration WHOLE_ANSWER = Duration.ofSeconds(20);

    /** Why a calendar could not be read, in words the coach sees ("the server answered 401"). */
    public static final class FetchProblem extends Exception {
        public FetchProblem(String message) {
            super(message);
        }
    }

    private final boolean privateAddressesAllowed;

    CalendarFetcher(@Value("${good-enough.calendars.allow-private-addresses}") boolean privateAddressesAllowed) {
        this.privateAddressesAllowed = privateAddressesAllowed;
    }

    /** The calendar file at an iCalendar address. */
    public String fetch(URI address) throws FetchProblem {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(WHOLE_ANSWER).header("Accept", "text/calendar").GET().build();
        return new String(answer(request, 200), StandardCharsets.UTF_8);
    }

    /** The iCalendar text of every event of a CalDAV calendar collection that touches the range. */
    public List<String> fetchCalDav(URI collection, String user, String password, Instant from, Instant to) throws FetchProblem {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(collection).timeout(WHOLE_ANSWER)
                .header("Depth", "1").header("Content-Type", "application/xml; charset=utf-8").header("Authorization", "Basic " + credentials)
                .method("REPORT", HttpRequest.BodyPublishers.ofString(CalDavQuery.between(from, to)))
                .build();
        try {
            return CalDavQuery.calendarData(answer(request, 207));
        } catch (IOException notCalDav) {
            throw new FetchProblem("the answer is not a CalDAV calendar");
        }
    }

    private byte[] answer(HttpRequest request, int expectedStatus) throws FetchProblem {
        refusePrivate(request.uri());
        long deadline = System.nanoTime() + WHOLE_ANSWER.toNanos();
        // a client of its own per reading: a calendar is read every few minutes, and some servers close a connection without saying so
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != expectedStatus) {
                    throw new FetchProblem("the server answered " + response.statusCode());
                }
                byte[] bytes = readWithin(body, deadline - System.nanoTime());
                if (bytes.length > MAX_BYTES) {
                    throw new FetchProblem("the calendar is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
                }
                return bytes;
            }
        } catch (HttpTimeoutException slow) {
            throw tooSlow();
        } catch (IOException unreachable) {
            throw new FetchProblem("the server could not be reached");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FetchProblem("reading was interrupted");
        }
    }

    /**
     * Refuses addresses on this machine or its private network (loopback, private ranges, link-local,
     * unique local), so that a calendar address cannot be used to probe the servers beside the
     * application; every address the host name has is checked. Allowed by a setting for tests.
     */
    private void refusePrivate(URI address) throws FetchProblem {
        if (privateAddressesAllowed) {
            return;
        }
        try {
            for (InetAddress resolved : InetAddress.getAllByName(address.getHost())) {
                boolean uniqueLocal = resolved instanceof Inet6Address && (resolved.getAddress()[0] & 0xfe) == 0xfc;
                if (resolved.isLoopbackAddress() || resolved.isSiteLocalAddress() || resolved.isLinkLocalAddress()
                        || resolved.isAnyLocalAddress() || uniqueLocal) {
                    throw new FetchProblem("the address is on a private network; use the calendar's public address");
                }
            }
        } catch (UnknownHostException unknown) {
            throw new FetchProblem("the server could not be found");
        }
    }

    private static FetchProblem tooSlow() {
        return new FetchProblem("the server did not answer within " + WHOLE_ANSWER.toSeconds() + " seconds");
    }

    /** At most one byte more than allowed, so that "too large" is known without holding more. */
    private static byte[] readWithin(InputStream body, long nanos) throws FetchProblem, InterruptedException {
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return body.readNBytes(MAX_BYTES + 1);
            } catch (IOException failed) {
                throw new IllegalStateException(failed);
            }
        }, command -> Thread.ofVirtual().start(command));
        try {
            return reading.get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            reading.cancel(true);
            throw tooSlow();
        } catch (ExecutionException failed) {
            throw new FetchProblem("the server could not be reached");
        }
    }
}
