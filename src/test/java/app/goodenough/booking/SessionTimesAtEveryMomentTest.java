package app.goodenough.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.managelinks.ManageLinks;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Moments.Moment;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice.Practice;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a booking's own times decide, at every awkward moment: reminders are due exactly the
 * coach's lead time before the start (24 real hours, across a clock change too) or not written
 * when that has passed; the letters name the time in the client's zone; and the client can move
 * or cancel until exactly the cancellation window, after which they are told until when it was.
 */
class SessionTimesAtEveryMomentTest extends ServiceTest {

    static final Duration DAY = Duration.ofHours(24);
    static final DateFormats LETTERS = DateFormats.practice();

    @Autowired BookingService bookingService;
    @Autowired ClientSessionsService sessions;
    @Autowired ManageLinks manageLinks;

    @ParameterizedTest(name = "{0}: {1}, client in {2}")
    @MethodSource("app.goodenough.support.Moments#forEveryCoachAndReader")
    void remindersAndTheCancellationWindowFollowTheSessionsOwnTime(ZoneId coach, Moment moment, ZoneId client) {
        Practice practice = testPractice.openWithSundayNights(coach);
        TestClock.get().freezeAt(moment.at());
        for (Instant start : List.of(testPractice.firstFreeStartFrom(practice, moment.at().toLocalDate()),
                testPractice.firstFreeStartFrom(practice, moment.at().toLocalDate().plusDays(3)))) {
            Confirmation booked = testPractice.book(practice, start, client);
            Instant remindAt = start.minus(DAY);

            assertThat(reminderTimes(booked)).containsExactlyElementsOf(
                    remindAt.isAfter(moment.at().toInstant()) ? List.of(remindAt, remindAt) : List.of());
            assertThat(confirmationText(booked))
                    .contains(LETTERS.longMoment(start.atZone(client)) + " (" + client.getId() + ")");

            String token = manageLinks.tokenFor(booked.booking());
            TestClock.get().freezeAt(remindAt.plusSeconds(60));
            assertThatThrownBy(() -> sessions.cancelByLink(token, ""))
                    .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems().getFirst().message())
                            .contains("until " + LETTERS.moment(remindAt.atZone(client))));
            TestClock.get().freezeAt(remindAt.minusSeconds(60));
            assertThat(sessions.cancelByLink(token, "").status()).isEqualTo(BookingStatus.CANCELLED);
            TestClock.get().freezeAt(moment.at());
        }
    }

    private List<Instant> reminderTimes(Confirmation booked) {
        return jdbc.queryForList("select not_before from outbox_message where booking_id = ? and kind = 'REMINDER' and voided_at is null",
                Timestamp.class, booked.booking().id().value()).stream().map(Timestamp::toInstant).toList();
    }

    private String confirmationText(Confirmation booked) {
        return jdbc.queryForObject("select text_body from outbox_message where booking_id = ? and kind = 'CONFIRMATION'", String.class,
                booked.booking().id().value());
    }
}
