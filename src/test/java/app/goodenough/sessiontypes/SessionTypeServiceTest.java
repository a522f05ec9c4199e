package app.goodenough.sessiontypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.booking.BookingService;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionTypeServiceTest extends ServiceTest {

    @Autowired SessionTypeService sessionTypeService;
    @Autowired BookingService bookingService;
    TestPractice.Practice practice;

    @BeforeEach
    void aTestCoachSignsIn() {
        practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
    }

    @Test
    void sessionTypesAreCreatedChangedAndTakenOffTheBookingPage() {
        SessionType created = sessionTypeService.createMySessionType(
                new NewSessionType("  Walk and talk ", 45, "Outside, if the weather allows.", "70 €", "#3b7699"));
        assertThat(created.name()).isEqualTo("Walk and talk");

        sessionTypeService.updateMySessionType(created.id(), new NewSessionType("Walk and talk", 60, "", "80 €",
                "Tiergarten, at the Großer Stern", "In cash or by transfer.", "#3b7699"));
        sessionTypeService.setMySessionTypeActive(created.id(), false);

        assertThat(sessionTypeService.mySessionTypes()).filteredOn(type -> type.id().equals(created.id())).singleElement()
                .satisfies(type -> {
                    assertThat(type.durationMinutes()).isEqualTo(60);
                    assertThat(type.place()).isEqualTo("Tiergarten, at the Großer Stern");
                    assertThat(type.payment()).isEqualTo("In cash or by transfer.");
                    assertThat(type.active()).isFalse();
                });
        signIn.out();
        assertThatThrownBy(() -> bookingService.freeTimesOn(created.id(), TestClock.get().today(practice.zone()).plusDays(7), practice.zone()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badSessionTypesAreNamedFieldByField() {
        assertThatThrownBy(() -> sessionTypeService.createMySessionType(new NewSessionType(" ", 0, "d".repeat(2001), "p".repeat(41),
                "x".repeat(301), "line\nbreak", "red")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("name", "duration", "description", "price", "place", "payment", "colour"));
    }

    @Test
    void aCoachCannotSeeOrChangeAnotherCoachsTypes() {
        SessionTypeId mine = practice.session().id();
        TestPractice.Practice other = testPractice.open("America/New_York");
        signIn.as(other.coach().email());

        assertThat(sessionTypeService.mySessionTypes()).extracting(SessionType::id).doesNotContain(mine);
        NewSessionType change = new NewSessionType("Taken over", 50, "", "", "#2d8479");
        assertThatThrownBy(() -> sessionTypeService.updateMySessionType(mine, change)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sessionType");
        assertThatThrownBy(() -> sessionTypeService.setMySessionTypeActive(mine, false)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select name from session_type where id = ?", String.class, mine.value()))
                .isEqualTo("Coaching session");
    }
}
