package app.goodenough.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.identity.AccountId;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coach books sessions for clients, on real PostgreSQL with the coach's working hours 09:00–17:00 every day. */
class AppointmentServiceTest extends ServiceTest {

    @Autowired AppointmentService appointments;
    @Autowired PracticeService practiceService;
    @Autowired TimeBlockService timeBlocks;
    TestPractice.Practice practice;
    Confirmation readersSession;
    LocalDate day;

    @BeforeEach
    void aCoachWithOneClient() {
        practice = testPractice.open("Europe/Berlin");
        readersSession = testPractice.bookFirstFreeTime(practice, 3);
        day = readersSession.booking().start().atZone(practice.zone()).toLocalDate();
        signIn.as(practice.coach().email());
    }

    @Test
    void anExistingClientIsBookedAtATimeReadersAreNotOfferedAndGetsTheSameMessages() {
        AccountId client = readersSession.booking().clientId();

        Confirmation booked = appointments.book(forClient(client, day, LocalTime.of(13, 15)));

        assertThat(booked.booking().start()).isEqualTo(day.atTime(13, 15).atZone(practice.zone()).toInstant());
        assertThat(booked.booking().clientId()).isEqualTo(client);
        assertThat(booked.booking().awaitsClient()).isFalse();
        assertThat(booked.clientEmail()).isEqualTo(readersSession.clientEmail());
        assertThat(jdbc.queryForList("select kind from outbox_message where booking_id = ? order by kind", String.class,
                booked.booking().id().value())).containsExactly("CONFIRMATION", "NEW_BOOKING", "REMINDER", "REMINDER");
        assertThat(jdbc.queryForObject("select by_account from booking_event where booking_id = ? and kind = 'CREATED'", UUID.class,
                booked.booking().id().value())).isEqualTo(practice.coach().id().value());
    }

    @Test
    void theMinimumNoticeAndTheStepAreReadersRulesNotTheCoachs() {
        LocalDate today = TestClock.get().today(practice.zone());
        TestClock.get().freezeAt(today.atTime(10, 0).atZone(practice.zone()));

        Confirmation booked = appointments.book(forClient(readersSession.booking().clientId(), today, LocalTime.of(12, 5)));

        assertThat(booked.booking().start()).isEqualTo(today.atTime(12, 5).atZone(practice.zone()).toInstant());
    }

    @Test
    void someoneNewGetsAnAccountAndIsTheCoachsClientAtOnce() {
        String email = "new-" + UUID.randomUUID() + "@example.org";

        Confirmation booked = appointments.book(forSomeoneNew("Robin New", email, day, LocalTime.of(15, 0)));

        assertThat(booked.booking().awaitsClient()).isFalse();
        assertThat(practiceService.isMyClient(booked.booking().clientId())).isTrue();
        assertThat(appointments.choices().clients()).anySatisfy(client -> assertThat(client.email()).isEqualTo(email));
    }

    @Test
    void anAddressWithAnAccountOfAnotherPracticeIsBookedOnTrustUntilItsOwnerConfirms() {
        TestPractice.Practice other = testPractice.open("Europe/Berlin");
        Confirmation elsewhere = testPractice.bookFirstFreeTime(other, 4);

        Confirmation booked = appointments.book(forSomeoneNew("Someone Else", elsewhere.clientEmail(), day, LocalTime.of(15, 0)));

        assertThat(booked.booking().clientId()).isEqualTo(elsewhere.booking().clientId());
        assertThat(booked.booking().awaitsClient()).isTrue();
        assertThat(practiceService.isMyClient(elsewhere.booking().clientId())).isFalse();
    }

    @Test
    void aStaffAddressIsRefusedAtTheEmailAndNothingIsStored() {
        for (String staff : new String[] {Demo.ADMIN, practice.coach().email()}) {
            assertRefused(() -> appointments.book(forSomeoneNew("Staff", staff, day, LocalTime.of(15, 0))), "email", "staff account");
        }
        assertThat(bookingsOfTheCoach()).isEqualTo(1);
    }

    @Test
    void outsideWorkingHoursIsSaidAndBookedOnlyWhenTheCoachConfirms() {
        NewAppointment evening = forClient(readersSession.booking().clientId(), day, LocalTime.of(17, 30));
        assertThat(appointments.withinMyHours(practice.session().id(), day, LocalTime.of(17, 30))).isFalse();
        assertThat(appointments.withinMyHours(practice.session().id(), day, LocalTime.of(16, 10))).isTrue();
        assertThat(appointments.withinMyHours(practice.session().id(), day, LocalTime.of(16, 15))).isFalse();

        assertRefused(() -> appointments.book(evening), "outsideHours", "outside your working hours");
        assertThat(bookingsOfTheCoach()).isEqualTo(1);

        Confirmation booked = appointments.book(confirmed(evening));
        assertThat(booked.booking().start().atZone(practice.zone()).toLocalTime()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void anOverlapWithASessionABufferOrABlockIsRefusedByTheDatabase() {
        LocalTime readers = readersSession.booking().start().atZone(practice.zone()).toLocalTime();
        AccountId client = readersSession.booking().clientId();
        timeBlocks.block(day.plusDays(1), TimeWindow.of("10:00", "11:00"), "Dentist");

        assertRefused(() -> appointments.book(forClient(client, day, readers.plusMinutes(20))), "time", "overlaps");
        assertRefused(() -> appointments.book(forClient(client, day, readers.plusMinutes(55))), "time", "overlaps");
        assertRefused(() -> appointments.book(forClient(client, day.plusDays(1), LocalTime.of(9, 30))), "time", "overlaps");
        assertThat(bookingsOfTheCoach()).isEqualTo(1);
    }

    @Test
    void pastSkippedAndFarTimesAreRefusedAtTheirFields() {
        AccountId client = readersSession.booking().clientId();
        LocalDate today = TestClock.get().today(practice.zone());
        LocalDateTime skipped = practice.zone().getRules().nextTransition(TestClock.get().instant()).getDateTimeBefore();

        assertRefused(() -> appointments.book(forClient(client, today.minusDays(1), LocalTime.of(10, 0))), "time", "has passed");
        assertRefused(() -> appointments.book(confirmed(forClient(client, skipped.toLocalDate(), skipped.toLocalTime().plusMinutes(30)))),
                "time", "clocks go forward");
        assertRefused(() -> appointments.book(forClient(client, today.plusYears(2).plusDays(1), LocalTime.of(10, 0))), "day", "2 years");
        assertThat(bookingsOfTheCoach()).isEqualTo(1);
    }

    @Test
    void everyProblemIsSaidAtOnceAtItsField() {
        NewAppointment empty = new NewAppointment(null, null, null, null, " ", "not an address", "call me", "no-such-principle", false,
                UUID.randomUUID());

        assertThatThrownBy(() -> appointments.book(empty)).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("sessionType", "day", "time", "name", "email", "phone", "focus"));
    }

    @Test
    void anotherCoachsSessionTypeOrClientIsRefusedLikeOneThatDoesNotExist() {
        TestPractice.Practice other = testPractice.open("Europe/Berlin");
        Confirmation theirs = testPractice.bookFirstFreeTime(other, 4);
        signIn.as(practice.coach().email());

        NewAppointment theirType = new NewAppointment(other.session().id(), day, LocalTime.of(15, 0), readersSession.booking().clientId(),
                "", "", "", null, false, UUID.randomUUID());
        assertRefused(() -> appointments.book(theirType), "sessionType", "Choose one of your session types");
        assertRefused(() -> appointments.book(forClient(theirs.booking().clientId(), day, LocalTime.of(15, 0))), "client",
                "Choose one of your clients");
        assertThat(appointments.choices().sessionTypes()).extracting(type -> type.id()).containsExactly(practice.session().id());
    }

    @Test
    void theSameFormSentTwiceBooksOnce() {
        NewAppointment appointment = forClient(readersSession.booking().clientId(), day, LocalTime.of(15, 0));

        Confirmation first = appointments.book(appointment);
        Confirmation again = appointments.book(appointment);

        assertThat(again.booking().id()).isEqualTo(first.booking().id());
        assertThat(bookingsOfTheCoach()).isEqualTo(2);
    }

    private NewAppointment forClient(AccountId client, LocalDate on, LocalTime at) {
        return new NewAppointment(practice.session().id(), on, at, client, "", "", "", "not-always-on", false, UUID.randomUUID());
    }

    private NewAppointment forSomeoneNew(String name, String email, LocalDate on, LocalTime at) {
        return new NewAppointment(practice.session().id(), on, at, null, name, email, "+49 30 1234567", null, false, UUID.randomUUID());
    }

    private static NewAppointment confirmed(NewAppointment appointment) {
        return new NewAppointment(appointment.sessionType(), appointment.day(), appointment.time(), appointment.clientId(),
                appointment.name(), appointment.email(), appointment.phone(), appointment.focus(), true, appointment.idempotencyKey());
    }

    private int bookingsOfTheCoach() {
        return jdbc.queryForObject("select count(*) from booking where coach_id = ?", Integer.class, practice.coach().id().value());
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.problems()).anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.message()).contains(message);
                }));
    }
}
