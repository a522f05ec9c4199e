package app.goodenough.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.availability.TimeWindow;
import app.goodenough.booking.BookingService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimeBlockServiceTest extends ServiceTest {

    @Autowired TimeBlockService timeBlocks;
    @Autowired BookingService bookingService;
    TestPractice.Practice practice;
    LocalDate day;

    @BeforeEach
    void aPracticeWithASessionAtTen() {
        practice = testPractice.open("Europe/Berlin");
        day = TestClock.get().today(practice.zone()).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        testPractice.book(practice, day.atTime(10, 0).atZone(practice.zone()).toInstant(), ZoneId.of("America/New_York"));
        signIn.as(practice.coach().email());
    }

    @Test
    void aBlockedAfternoonDisappearsFromTheBookingPageAndComesBackWhenRemoved() {
        UUID block = timeBlocks.block(day, TimeWindow.of("13:00", "17:00"), "");
        signIn.out();
        assertThat(afternoonStarts()).isEmpty();

        signIn.as(practice.coach().email());
        timeBlocks.unblock(block);
        signIn.out();
        assertThat(afternoonStarts()).isNotEmpty();
    }

    @Test
    void blockingOverABookedSessionIsRefusedAtTheDay() {
        assertThatThrownBy(() -> timeBlocks.block(day, TimeWindow.of("09:30", "10:30"), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overlaps a booked session");
    }

    private List<Instant> afternoonStarts() {
        return bookingService.freeTimesOn(practice.session().id(), day, practice.zone()).stream()
                .filter(start -> start.atZone(practice.zone()).getHour() >= 13).toList();
    }
}
