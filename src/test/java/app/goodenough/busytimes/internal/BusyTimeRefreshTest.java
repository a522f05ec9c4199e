package app.goodenough.busytimes.internal;

import static app.goodenough.support.CalendarServer.busyEvent;
import static app.goodenough.support.CalendarServer.calendarFile;
import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingService;
import app.goodenough.busytimes.ExternalCalendarService;
import app.goodenough.support.CalendarServer;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The background reading of other calendars: due ones only, each turn taken once. */
class BusyTimeRefreshTest extends ServiceTest {

    @Autowired BusyTimeRefresh refresh;
    @Autowired ExternalCalendarRepository calendars;
    @Autowired ExternalCalendarService service;
    @Autowired BookingService bookingService;
    @Autowired PlatformTransactionManager transactions;
    CalendarServer server = new CalendarServer();
    TestPractice.Practice practice;
    LocalDate day;
    UUID calendar;

    @BeforeEach
    void aCoachWithAnEmptyOtherCalendar() {
        practice = testPractice.open("Europe/Berlin");
        day = TestClock.get().today(practice.zone()).plusDays(4);
        signIn.as(practice.coach().email());
        calendar = service.add("Private", server.serve("/private.ics", calendarFile()), true, false);
        signIn.out();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aCalendarReadFiveMinutesAgoIsReadAgainAndItsNewBusyTimeCounts() {
        Instant ten = day.atTime(10, 0).atZone(practice.zone()).toInstant();
        server.serve("/private.ics", calendarFile(busyEvent("later", ten, ten.plusSeconds(3600))));

        refresh.refreshDue();
        assertThat(free()).as("read a moment ago: not yet again").contains(ten);

        TestClock.get().runFrom(TestClock.get().instant().plus(BusyTimeRefresh.EVERY));
        refresh.refreshDue();
        assertThat(free()).doesNotContain(ten);
    }

    @Test
    void aTurnIsTakenOnceEvenWhenTwoInstancesAskAtTheSameMoment() {
        Instant later = TestClock.get().instant().plus(Duration.ofMinutes(6));
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Optional<ExternalCalendarRepository.Due> first = transaction.execute(status -> calendars.takeTurn(later, later.minus(BusyTimeRefresh.EVERY)));
        Optional<ExternalCalendarRepository.Due> second = transaction.execute(status -> calendars.takeTurn(later, later.minus(BusyTimeRefresh.EVERY)));

        assertThat(first).map(ExternalCalendarRepository.Due::id).hasValue(calendar);
        assertThat(second.map(ExternalCalendarRepository.Due::id)).isNotEqualTo(Optional.of(calendar));
    }

    private java.util.List<Instant> free() {
        return bookingService.freeTimesOn(practice.session().id(), day, practice.zone());
    }
}
