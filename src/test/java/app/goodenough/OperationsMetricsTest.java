package app.goodenough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.account.PasswordGuesses;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.SlotTakenException;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestPractice;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** What operators read on the management port moves with what happens, and never names a person, a note or a link. */
class OperationsMetricsTest extends ServiceTest {

    @Autowired MeterRegistry registry;
    @Autowired BookingService bookingService;
    @Autowired PasswordGuesses passwordGuesses;
    @LocalManagementPort int managementPort;

    @Test
    void bookingsAndRefusalsAreCountedByReason() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        double booked = count("good.enough.bookings", null, null);
        double taken = count("good.enough.booking.refusals", "reason", "slot_taken");
        double invalid = count("good.enough.booking.refusals", "reason", "invalid_input");

        Confirmation first = testPractice.bookFirstFreeTime(practice, 3);
        assertThatThrownBy(() -> bookingService.book(new BookingRequest(practice.session().id(), first.booking().start(), "Second Reader",
                "second-" + UUID.randomUUID() + "@example.org", "", "", "", "Europe/Berlin", UUID.randomUUID())))
                .isInstanceOf(SlotTakenException.class);
        assertThatThrownBy(() -> bookingService.book(new BookingRequest(practice.session().id(), first.booking().start(), "Third Reader",
                "not an address", "", "", "", "Europe/Berlin", UUID.randomUUID()))).isInstanceOf(InvalidInputException.class);

        assertThat(count("good.enough.bookings", null, null)).isEqualTo(booked + 1);
        assertThat(count("good.enough.booking.refusals", "reason", "slot_taken")).isEqualTo(taken + 1);
        assertThat(count("good.enough.booking.refusals", "reason", "invalid_input")).isEqualTo(invalid + 1);
        assertThat(registry.get("good.enough.outbox.due").gauge().value()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aPasswordGuessTurnedAwayIsCounted() {
        String email = "guesser-" + UUID.randomUUID() + "@example.org";
        double refused = count("good.enough.throttle.refusals", "form", "password");
        for (int wrong = 0; wrong < 5; wrong++) {
            passwordGuesses.failed(email, "192.0.2.77");
        }

        assertThat(passwordGuesses.waitFor(email, "192.0.2.77")).isPositive();
        assertThat(count("good.enough.throttle.refusals", "form", "password")).isEqualTo(refused + 1);
    }

    @Test
    void theScrapeNamesNoPersonAndNoLink() throws Exception {
        testPractice.bookFirstFreeTime(testPractice.open("Europe/Berlin"), 3);

        String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(scrape).contains("good_enough_bookings_total").doesNotContain("@").doesNotContain("/manage/").doesNotContain("/password/set/");
    }

    private double count(String name, String tag, String value) {
        return tag == null ? registry.get(name).counter().count() : registry.get(name).tag(tag, value).counter().count();
    }
}
