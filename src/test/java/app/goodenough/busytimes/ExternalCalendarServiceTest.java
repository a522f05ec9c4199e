package app.goodenough.busytimes;

import static app.goodenough.support.CalendarServer.busyEvent;
import static app.goodenough.support.CalendarServer.calendarFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.booking.BookingService;
import app.goodenough.booking.SlotTakenException;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.CalendarServer;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coach's other calendars on real PostgreSQL, read from a local server as from Google's. */
class ExternalCalendarServiceTest extends ServiceTest {

    @Autowired ExternalCalendarService calendars;
    @Autowired BookingService bookingService;
    CalendarServer server = new CalendarServer();
    TestPractice.Practice practice;
    LocalDate day;

    @BeforeEach
    void aCoach() {
        practice = testPractice.open("Europe/Berlin");
        day = TestClock.get().today(practice.zone()).plusDays(4);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aDentistAppointmentInHerOtherCalendarIsNoLongerOfferedAndABookingSeenBeforeIsRefusedAsTaken() {
        List<Instant> before = freeTimes();
        Instant ten = day.atTime(10, 0).atZone(practice.zone()).toInstant();
        assertThat(before).contains(ten);
        signIn.as(practice.coach().email());

        calendars.add("Private", server.serve("/private.ics", calendarFile(busyEvent("dentist", ten, ten.plusSeconds(3600)))), true, false);

        signIn.out();
        assertThat(freeTimes()).doesNotContain(ten, ten.minusSeconds(1800)).contains(ten.plusSeconds(3600));
        assertThatThrownBy(() -> bookingService.book(new BookingRequest(practice.session().id(), ten, "Late Reader",
                "late-" + UUID.randomUUID() + "@example.org", "", null, "", "Europe/Berlin", UUID.randomUUID())))
                .isInstanceOf(SlotTakenException.class);
        signIn.as(practice.coach().email());
        assertThat(calendars.myCalendars()).singleElement().satisfies(calendar -> {
            assertThat(calendar.label()).isEqualTo("Private");
            assertThat(calendar.addressShown()).isEqualTo("127.0.0.1");
            assertThat(calendar.lastProblem()).isEmpty();
        });
    }

    @Test
    void aCalendarThatFailsLaterKeepsItsBusyTimesAndSaysWhy() {
        Instant ten = day.atTime(10, 0).atZone(practice.zone()).toInstant();
        signIn.as(practice.coach().email());
        String address = server.serve("/private.ics", calendarFile(busyEvent("dentist", ten, ten.plusSeconds(3600))));
        calendars.add("Private", address, true, false);

        server.serve("/private.ics", 401, "Unauthorized".getBytes());
        calendars.refreshMine();

        assertThat(calendars.myCalendars()).singleElement().satisfies(calendar ->
                assertThat(calendar.lastProblem()).isEqualTo("the server answered 401"));
        signIn.out();
        assertThat(freeTimes()).doesNotContain(ten);
    }

    @Test
    void removingACalendarGivesItsTimesBack() {
        Instant ten = day.atTime(10, 0).atZone(practice.zone()).toInstant();
        signIn.as(practice.coach().email());
        UUID id = calendars.add("Private", server.serve("/private.ics", calendarFile(busyEvent("dentist", ten, ten.plusSeconds(3600)))), true, false);

        calendars.remove(id);

        signIn.out();
        assertThat(freeTimes()).contains(ten);
    }

    @Test
    void anAddressThatCannotBeReadIsSaidAtTheFieldAndNothingIsStored() {
        signIn.as(practice.coach().email());
        String refused = server.serve("/secret.ics", 401, "no".getBytes());
        String page = server.serve("/page", "<html><body>Sign in</body></html>");
        String huge = server.serve("/huge.ics", 200, new byte[5 * 1024 * 1024 + 1]);

        assertRefused(refused, "the server answered 401");
        assertRefused(page, "not an iCalendar file");
        assertRefused(huge, "larger than 5 MB");
        assertRefused("http://127.0.0.1:1/nothing.ics", "could not be reached");
        assertRefused("ftp://example.org/cal.ics", "starting with https://");
        assertRefused("http://localhost:0/feeds/abc.ics", "your own Good Enough calendar");
        assertRefused(server.serveSlowly("/slow.ics", calendarFile(), 25_000), "did not answer within 20 seconds");
        assertThat(calendars.myCalendars()).isEmpty();
    }

    @Test
    void aCoachKeepsAHandfulOfCalendarsNotAnEndlessList() {
        signIn.as(practice.coach().email());
        String address = server.serve("/empty.ics", calendarFile());
        for (int i = 0; i < ExternalCalendarService.MAX_CALENDARS; i++) {
            calendars.add("Calendar " + i, address, true, false);
        }

        assertRefused(address, "up to 10 calendars");
        assertThat(calendars.myCalendars()).hasSize(ExternalCalendarService.MAX_CALENDARS);
    }

    @Test
    void aWebcalAddressIsReadAsHttps() {
        signIn.as(practice.coach().email());

        assertThatThrownBy(() -> calendars.add("Apple", "webcal://127.0.0.1:1/cal.ics", true, false))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.problems().getFirst().message()).contains("could not be reached"));
    }

    private void assertRefused(String address, String reason) {
        assertThatThrownBy(() -> calendars.add("Other", address, true, false)).isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
            assertThat(refusal.problems().getFirst().field()).isEqualTo("address");
            assertThat(refusal.problems().getFirst().message()).contains(reason);
        });
    }

    private List<Instant> freeTimes() {
        return bookingService.freeTimesOn(practice.session().id(), day, practice.zone());
    }
}
