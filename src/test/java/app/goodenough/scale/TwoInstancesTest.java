package app.goodenough.scale;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.Application;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.SlotTakenException;
import app.goodenough.calendar.CalendarEntry;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.SignIn;
import app.goodenough.support.TestDatabase;
import app.goodenough.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances of the application on one PostgreSQL, each with its own connection pool and
 * its own scheduled workers, as behind the load balancer: 1,000 readers at once, half on each,
 * for 20 times get exactly 20 bookings; every message about them is sent exactly once though
 * both instances deliver mail; and a booking made on one is in the coach's calendar on the other.
 */
class TwoInstancesTest {

    private static final int ATTEMPTS = 1_000;
    private static final int TIMES = 20;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void bookingsMailAndTheCalendarHoldAcrossTwoInstances() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshDatabase("two_instances");
        SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext a = start(database, "a"); ConfigurableApplicationContext b = start(database, "b")) {
            assertThat(sessionCookieOf(a)).as("instance a's session id, for the load balancer").endsWith(".a");
            assertThat(sessionCookieOf(b)).endsWith(".b");
            SessionType intro = a.getBean(SessionTypeService.class).bookableSessionTypes().stream()
                    .filter(type -> type.name().equals("Intro call")).findFirst().orElseThrow();
            List<Instant> times = freeTimes(a.getBean(BookingService.class), intro);

            Map<String, Confirmation> booked = new ConcurrentHashMap<>();
            Map<String, Integer> refusals = new ConcurrentHashMap<>();
            try (ExecutorService readers = Executors.newFixedThreadPool(64)) {
                List<Future<?>> attempts = new ArrayList<>();
                for (int i = 0; i < ATTEMPTS; i++) {
                    ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
                    Instant start = times.get(i % TIMES);
                    String email = "crowd-" + i + "-" + UUID.randomUUID() + "@example.org";
                    attempts.add(readers.submit(() -> {
                        try {
                            booked.put(email, instance.getBean(BookingService.class).book(new BookingRequest(intro.id(), start,
                                    "Crowd Reader", email, "", "", "", BERLIN.getId(), UUID.randomUUID())));
                        } catch (SlotTakenException | InvalidInputException refused) {
                            refusals.merge(refused.getClass().getSimpleName(), 1, Integer::sum);
                        }
                    }));
                }
                for (Future<?> attempt : attempts) {
                    attempt.get();
                }
            }

            assertThat(booked).hasSize(TIMES);
            assertThat(booked.values()).extracting(confirmation -> confirmation.booking().start()).containsExactlyInAnyOrderElementsOf(times);
            assertThat(refusals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ATTEMPTS - TIMES);
            JdbcTemplate jdbc = new JdbcTemplate(a.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from booking where session_type_id = ? and status = 'BOOKED' "
                    + "and starts_at = any(?)", Integer.class, intro.id().value(),
                    times.stream().map(java.sql.Timestamp::from).toArray(java.sql.Timestamp[]::new))).isEqualTo(TIMES);

            everyMessageIsSentOnce(jdbc, booked.values());
            eachInstanceShowsTheOthersBookings(a, b, booked.values());
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    private static void everyMessageIsSentOnce(JdbcTemplate jdbc, java.util.Collection<Confirmation> booked) {
        String bookingIds = booked.stream().map(confirmation -> confirmation.booking().id().value().toString())
                .collect(Collectors.joining(","));
        String inBookings = "booking_id = any(string_to_array(?, ',')::uuid[])";
        Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox_message where " + inBookings + " and not_before <= now() and sent_at is null and voided_at is null",
                Integer.class, bookingIds) == 0);
        Set<String> sent = Set.copyOf(jdbc.queryForList("select id::text from outbox_message where " + inBookings + " and sent_at is not null",
                String.class, bookingIds));
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2 * TIMES);
        Map<String, Long> received = TestMail.all().stream().map(TwoInstancesTest::messageId).filter(sent::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received.keySet()).isEqualTo(sent);
        assertThat(received.values()).as("times each message reached the mail server").containsOnly(1L);
    }

    private static void eachInstanceShowsTheOthersBookings(ConfigurableApplicationContext a, ConfigurableApplicationContext b,
            java.util.Collection<Confirmation> booked) {
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            instance.getBean(SignIn.class).as(Demo.COACH);
            LocalDate first = booked.stream().map(c -> c.booking().start().atZone(BERLIN).toLocalDate()).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = booked.stream().map(c -> c.booking().start().atZone(BERLIN).toLocalDate()).max(LocalDate::compareTo).orElseThrow();
            Set<UUID> shown = instance.getBean(CoachCalendarService.class).myCalendar(first, last).entries().stream()
                    .map(CalendarEntry::id).map(id -> id.value()).collect(Collectors.toSet());
            assertThat(shown).containsAll(booked.stream().map(c -> c.booking().id().value()).toList());
            instance.getBean(SignIn.class).out();
        }
    }

    /** The first free times of the demo coach's intro call, day after day, until there are enough. */
    private static List<Instant> freeTimes(BookingService bookings, SessionType intro) {
        List<Instant> times = new ArrayList<>();
        for (LocalDate day = LocalDate.now(BERLIN).plusDays(2); times.size() < TIMES; day = day.plusDays(1)) {
            bookings.freeTimesOn(intro.id(), day, BERLIN).stream().limit(TIMES - times.size()).forEach(times::add);
        }
        return times;
    }

    private static String messageId(MimeMessage message) {
        try {
            String[] id = message.getHeader("X-Good-Enough-Message");
            return id == null ? "" : id[0];
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    private static String sessionCookieOf(ConfigurableApplicationContext instance) throws Exception {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return page.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'))).findFirst().orElse("");
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Connection database, String instance) {
        return SpringApplication.run(Application.class, database.asArguments("--server.port=0", "--management.server.port=0",
                "--good-enough.instance=" + instance,
                "--good-enough.demo=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
                "--good-enough.mail.poll-interval=200ms"));
    }
}
