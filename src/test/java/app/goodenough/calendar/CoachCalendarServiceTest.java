package app.goodenough.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.booking.BookingService;
import app.goodenough.schedule.BlockedTime;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.LostDeadlock;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class CoachCalendarServiceTest extends ServiceTest {

    @Autowired CoachCalendarService calendar;
    @Autowired TimeBlockService timeBlocks;
    @Autowired BookingService bookingService;
    @Autowired LostDeadlock lostDeadlock;
    TestPractice.Practice practice;
    LocalDate day;
    Confirmation booked;

    @BeforeEach
    void aPracticeWithOneBooking() {
        practice = testPractice.open("Europe/Berlin");
        day = TestClock.get().today(practice.zone()).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        Instant ten = day.atTime(10, 0).atZone(practice.zone()).toInstant();
        booked = bookingService.book(new BookingRequest(practice.session().id(), ten, "Calendar Reader",
                "calendar-" + UUID.randomUUID() + "@example.org", "", "mistakes-as-growth", "Hello <b>coach</b>",
                "America/New_York", UUID.randomUUID()));
        signIn.as(practice.coach().email());
    }

    @Test
    void aMoveOrABlockThatLosesADeadlockRunsAgainAndIsDone() throws Exception {
        Instant two = day.atTime(14, 0).atZone(practice.zone()).toInstant();
        Instant three = day.atTime(15, 0).atZone(practice.zone()).toInstant();

        lostDeadlock.around(practice.coach().id(), two, () -> {
            calendar.reschedule(booked.booking().id(), two);
            return null;
        });
        UUID block = lostDeadlock.around(practice.coach().id(), three, () -> timeBlocks.block(day, TimeWindow.of("15:00", "16:00"), ""));

        assertThat(calendar.myBooking(booked.booking().id()).start()).isEqualTo(two);
        assertThat(calendar.myCalendar(day, day).blocks()).extracting(BlockedTime::id).containsExactly(block);
    }

    @Test
    void theWeekShowsTheBookingWorkingHoursAndBlocks() {
        timeBlocks.block(day, TimeWindow.of("13:00", "17:00"), "Supervision");

        CalendarPeriod week = calendar.myCalendar(day.with(DayOfWeek.MONDAY), day.with(DayOfWeek.SUNDAY));

        assertThat(week.entries()).extracting(CalendarEntry::clientName).containsExactly("Calendar Reader");
        assertThat(week.blocks()).extracting(BlockedTime::note).containsExactly("Supervision");
        assertThat(week.workingHours().get(day)).containsExactly(TimeWindow.of("09:00", "17:00"));
    }

    @Test
    void theCoachOpensTheBookingAndMarksItCompletedOnce() {
        BookingDetails details = calendar.myBooking(booked.booking().id());
        assertThat(details.focusTitle()).isEqualTo("Mistakes as growth");
        assertThat(details.clientMessage()).isEqualTo("Hello <b>coach</b>");

        TestClock.get().runFrom(booked.booking().start().plusSeconds(60));
        calendar.markCompleted(booked.booking().id());

        assertThat(calendar.myBooking(booked.booking().id()).status()).isEqualTo(BookingStatus.COMPLETED);
        assertThatThrownBy(() -> calendar.markNoShow(booked.booking().id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already completed");
    }

    @Test
    void aSessionStillToComeCannotBeMarkedCompletedOrNoShow() {
        TestClock.get().runFrom(booked.booking().start().minusSeconds(60));

        for (Runnable outcome : List.<Runnable>of(() -> calendar.markCompleted(booked.booking().id()),
                () -> calendar.markNoShow(booked.booking().id()))) {
            assertThatThrownBy(outcome::run).isInstanceOfSatisfying(InvalidInputException.class,
                    refusal -> assertThat(refusal.problems().getFirst().message()).contains("once it has started"));
        }
        assertThat(calendar.myBooking(booked.booking().id()).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void anOutcomeIsUndoneWithinADayAndTheHistoryKeepsBoth() {
        TestClock.get().freezeAt(booked.booking().start().plusSeconds(30 * 60));
        calendar.markNoShow(booked.booking().id());
        TestClock.get().advance(Duration.ofHours(23));

        calendar.undoOutcome(booked.booking().id());

        BookingDetails details = calendar.myBooking(booked.booking().id());
        assertThat(details.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(details.history()).extracting(BookingEvent::kind).containsSubsequence("NO_SHOW", "OUTCOME_UNDONE");
        assertThatThrownBy(() -> calendar.undoOutcome(booked.booking().id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no outcome to undo");

        calendar.markCompleted(booked.booking().id());
        TestClock.get().advance(Duration.ofHours(24).plusSeconds(1));
        assertThatThrownBy(() -> calendar.undoOutcome(booked.booking().id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("24 hours");
        assertThat(calendar.myBooking(booked.booking().id()).status()).isEqualTo(BookingStatus.COMPLETED);
    }

    @Test
    void cancellingGivesTheTimeBack() {
        Instant start = booked.booking().start();
        calendar.cancel(booked.booking().id(), "Coach is ill");
        signIn.out();

        assertThat(bookingService.freeTimesOn(practice.session().id(), day, practice.zone())).contains(start);
    }

    @Test
    void aRescheduledSessionMovesItsClaimAndKeepsItsHistory() {
        Instant from = booked.booking().start();
        Instant to = day.atTime(14, 0).atZone(practice.zone()).toInstant();

        calendar.reschedule(booked.booking().id(), to);
        calendar.cancel(booked.booking().id(), "Coach is ill");

        BookingDetails details = calendar.myBooking(booked.booking().id());
        assertThat(details.start()).isEqualTo(to);
        assertThat(details.history()).extracting(BookingEvent::kind).containsExactly("CREATED", "RESCHEDULED", "CANCELLED");
        assertThat(details.history().get(0).byName()).isEqualTo("Calendar Reader");
        assertThat(details.history().get(1).byName()).isEqualTo("Test Coach");
        assertThat(details.history().get(1).detail()).startsWith("from ").contains("10:00");
        assertThat(details.history().get(2).detail()).isEqualTo("Coach is ill");
        signIn.out();
        assertThat(bookingService.freeTimesOn(practice.session().id(), day, practice.zone())).contains(from, to);
    }

    @Test
    void reschedulingOntoATakenOrUnofferedTimeIsRefusedAndNothingMoves() {
        Instant taken = day.atTime(15, 0).atZone(practice.zone()).toInstant();
        bookingService.book(new BookingRequest(practice.session().id(), taken, "Other Reader",
                "other-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID()));

        assertThatThrownBy(() -> calendar.reschedule(booked.booking().id(), taken))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("just taken");
        assertThatThrownBy(() -> calendar.reschedule(booked.booking().id(), day.atTime(20, 0).atZone(practice.zone()).toInstant()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not offered");
        assertThat(calendar.myBooking(booked.booking().id()).start()).isEqualTo(booked.booking().start());
        assertThat(calendar.myBooking(booked.booking().id()).history()).hasSize(1);
    }

    @Test
    void anotherCoachsBookingIsRefusedLikeOneThatDoesNotExist() {
        signIn.as(Demo.COACH);
        BookingId theirs = booked.booking().id();
        BookingId missing = new BookingId(UUID.randomUUID());

        for (BookingId id : List.of(theirs, missing)) {
            assertThatThrownBy(() -> calendar.myBooking(id)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("booking: There is no such booking.");
            assertThatThrownBy(() -> calendar.cancel(id, "")).isInstanceOf(InvalidInputException.class)
                    .hasMessage("booking: There is no such booking.");
            assertThatThrownBy(() -> calendar.reschedule(id, booked.booking().start().plusSeconds(3600)))
                    .isInstanceOf(InvalidInputException.class).hasMessage("booking: There is no such booking.");
        }
        assertThat(calendar.myCalendar(day, day).entries()).extracting(CalendarEntry::id).doesNotContain(theirs);
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, theirs.value())).isEqualTo("BOOKED");
    }

    @Test
    void clientsAdminsAndAnonymousReadersAreRefused() {
        for (String email : new String[] {Demo.SAM, Demo.ADMIN}) {
            signIn.as(email);
            assertThatThrownBy(() -> calendar.myCalendar(day, day)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> calendar.markCompleted(booked.booking().id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> timeBlocks.block(day, TimeWindow.of("13:00", "14:00"), "")).isInstanceOf(AccessDeniedException.class);
        }
        signIn.out();
        assertThatThrownBy(() -> calendar.myBooking(booked.booking().id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
