package app.goodenough.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/** A local HTTP server serving calendar files, as Google, Apple or Outlook serve a calendar's secret address. */
public final class CalendarServer implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private record Answer(int status, byte[] body, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    public CalendarServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(), new Answer(404, new byte[0], 0));
            pause(answer.delayMillis());
            exchange.getResponseHeaders().set("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
            exchange.close();
        });
        server.start();
    }

    /** Serves {@code body} at {@code path}; returns the whole address. */
    public String serve(String path, String body) {
        return serve(path, 200, body.getBytes(StandardCharsets.UTF_8));
    }

    public String serve(String path, int status, byte[] body) {
        answers.put(path, new Answer(status, body, 0));
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves a calendar only after {@code delayMillis}, as an overloaded server would. */
    public String serveSlowly(String path, String body, long delayMillis) {
        answers.put(path, new Answer(200, body.getBytes(StandardCharsets.UTF_8), delayMillis));
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A calendar file holding these events. */
    public static String calendarFile(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
    }

    /** A busy event, its times in UTC. */
    public static String busyEvent(String uid, Instant start, Instant end) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:" + STAMP.format(start) + "\r\nDTEND:"
                + STAMP.format(end) + "\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
