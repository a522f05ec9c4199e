package app.goodenough.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.goodenough.booking.SlotTakenException;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.mail.internal.OutboxDelivery;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.BerlinPracticeTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BookingMessagesTest extends BerlinPracticeTest {

    @Autowired CoachCalendarService calendar;
    @Autowired OutboxDelivery delivery;

    @Test
    void aBookingSendsTheClientAConfirmationWithTheCalendarFileAndTellsTheCoach() throws Exception {
        String reader = reader();
        Confirmation booked = book(free.getFirst(), reader);

        assertThat(outbox(booked)).containsExactlyInAnyOrder(
                Map.of("kind", "CONFIRMATION", "recipient_email", reader, "due", true),
                Map.of("kind", "NEW_BOOKING", "recipient_email", practice.coach().email(), "due", true),
                Map.of("kind", "REMINDER", "recipient_email", reader, "due", false),
                Map.of("kind", "REMINDER", "recipient_email", practice.coach().email(), "due", false));
        assertThat(jdbc.queryForObject("select bool_and(not_before = ?::timestamptz - interval '24 hours') from outbox_message "
                + "where booking_id = ? and kind = 'REMINDER'", Boolean.class, free.getFirst().toString(), booked.booking().id().value()))
                .isTrue();

        MimeMessage confirmation = await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.receivedBy(reader), m -> m.size() == 1)
                .getFirst();
        assertThat(confirmation.getSubject()).startsWith("Your session on ").endsWith(" is booked");
        List<String> parts = parts(confirmation);
        assertThat(String.join("\n", parts)).contains("Hello A Reader,", "(America/New_York)", "Focus: Black-and-white thinking",
                "BEGIN:VCALENDAR", "UID:" + booked.booking().id() + "@good-enough", "<p>Hello A Reader,</p>");
        assertThat(await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.receivedBy(practice.coach().email()), m -> !m.isEmpty())
                .getFirst().getSubject()).startsWith("New booking: A Reader, ");
    }

    @Test
    void movingOrCancellingTellsBothAndTakesBackTheOldReminders() {
        String reader = reader();
        Confirmation booked = book(free.getFirst(), reader);
        signIn.as(practice.coach().email());

        calendar.reschedule(booked.booking().id(), free.get(4));
        calendar.cancel(booked.booking().id(), "I am ill, sorry.");

        assertThat(jdbc.queryForList("select kind from outbox_message where booking_id = ? and recipient_email = ? "
                + "and voided_at is null order by created_at, kind", String.class, booked.booking().id().value(), reader))
                .containsExactly("CONFIRMATION", "RESCHEDULED", "CANCELLED");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where booking_id = ? and kind = 'REMINDER' "
                + "and voided_at is not null", Integer.class, booked.booking().id().value())).isEqualTo(4);
        assertThat(jdbc.queryForObject("select text_body from outbox_message where booking_id = ? and kind = 'CANCELLED' "
                + "and recipient_email = ?", String.class, booked.booking().id().value(), reader)).contains("Reason given: I am ill, sorry.");
    }

    @Test
    void remindersGoOutAsLongBeforeAsTheCoachChose() {
        jdbc.update("update availability_rule set reminder_lead_minutes = 48 * 60 where coach_id = ?", practice.coach().id().value());

        Confirmation booked = book(free.getFirst(), reader());

        assertThat(jdbc.queryForList("select not_before = ?::timestamptz - interval '48 hours' from outbox_message "
                + "where booking_id = ? and kind = 'REMINDER'", Boolean.class, free.getFirst().toString(), booked.booking().id().value()))
                .containsExactly(true, true);
    }

    @Test
    void aRefusedBookingLeavesNoMessage() {
        book(free.getFirst(), reader());
        String second = reader();

        assertThatThrownBy(() -> book(free.getFirst(), second)).isInstanceOf(SlotTakenException.class);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient_email = ?", Integer.class, second)).isZero();
    }

    @Test
    void messagesQueuedDuringAMailServerOutageAreEachDeliveredOnceAfterIt() {
        TestMail.stop();
        List<String> readers = new ArrayList<>();
        try {
            for (LocalDate day = TestClock.get().today(practice.zone()).plusDays(4); readers.size() < 10; day = day.plusDays(1)) {
                List<Instant> times = bookingService.freeTimesOn(practice.session().id(), day, practice.zone());
                if (!times.isEmpty()) {
                    readers.add(reader());
                    book(times.getFirst(), readers.getLast());
                }
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from outbox_message m "
                    + "join booking b on b.id = m.booking_id where b.coach_id = ? and m.attempts > 0 and m.sent_at is null",
                    Integer.class, practice.coach().id().value()), failed -> failed == 20);
        } finally {
            TestMail.startAgain();
        }
        Timestamp now = Timestamp.from(TestClock.get().instant());
        jdbc.update("update outbox_message set next_attempt_at = ? where sent_at is null and voided_at is null and not_before <= ?",
                now, now);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(delivery::deliverDue);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(delivery::deliverDue);
        one.join();
        other.join();

        await().atMost(Duration.ofSeconds(15)).until(() -> readers.stream().allMatch(r -> TestMail.receivedBy(r).size() == 1));
        await().atMost(Duration.ofSeconds(15)).until(() -> TestMail.receivedBy(practice.coach().email()).size() == 10);
        assertThat(jdbc.queryForObject("select count(*) from outbox_attempt a join outbox_message m on m.id = a.message_id "
                + "join booking b on b.id = m.booking_id where b.coach_id = ? and a.error is null", Integer.class,
                practice.coach().id().value())).isEqualTo(20);
    }

    private List<Map<String, Object>> outbox(Confirmation booked) {
        return jdbc.queryForList("select kind, recipient_email, next_attempt_at <= ? as due from outbox_message where booking_id = ?",
                Timestamp.from(TestClock.get().instant()), booked.booking().id().value());
    }

    private Confirmation book(Instant start, String email) {
        return bookingService.book(new BookingRequest(practice.session().id(), start, "A Reader", email, "", "black-and-white-thinking",
                "", "America/New_York", UUID.randomUUID()));
    }

    private static String reader() {
        return "mail-" + UUID.randomUUID() + "@example.org";
    }

    private static List<String> parts(MimeMessage message) throws Exception {
        List<String> texts = new ArrayList<>();
        collect(message.getContent(), texts);
        return texts;
    }

    private static void collect(Object content, List<String> texts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), texts);
            }
        } else if (content instanceof java.io.InputStream stream) {
            texts.add(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            texts.add(String.valueOf(content));
        }
    }
}
