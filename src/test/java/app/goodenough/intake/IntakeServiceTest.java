package app.goodenough.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.goodenough.answertrail.AnswerTrail;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.FormAnswers;
import app.goodenough.intake.IntakeQuestion.Kind;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestPractice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Intake questions on real PostgreSQL: asked with the booking, checked with its fields, kept as asked, read by their coach only. */
class IntakeServiceTest extends ServiceTest {

    @Autowired IntakeService intake;
    @Autowired BookingService bookingService;
    @Autowired AnswerTrail trail;
    TestPractice.Practice practice;

    @BeforeEach
    void aCoachWithThreeQuestions() {
        practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
        intake.replaceMyQuestions(practice.session().id(), List.of(
                new IntakeQuestion(0, Kind.SHORT_TEXT, "  Who referred you?  ", List.of(), false),
                new IntakeQuestion(0, Kind.CHOICE, "How urgent is it?", List.of("Not very", " Quite ", "Very", ""), true),
                new IntakeQuestion(0, Kind.YES_NO, "Have you had coaching before?", List.of(), true)));
        signIn.out();
    }

    @Test
    void theQuestionsAreNumberedInOrderAndTidied() {
        assertThat(bookingService.intakeQuestions(practice.session().id())).containsExactly(
                new IntakeQuestion(1, Kind.SHORT_TEXT, "Who referred you?", List.of(), false),
                new IntakeQuestion(2, Kind.CHOICE, "How urgent is it?", List.of("Not very", "Quite", "Very"), true),
                new IntakeQuestion(3, Kind.YES_NO, "Have you had coaching before?", List.of(), true));
    }

    @Test
    void aBookingMissingARequiredAnswerIsRefusedAtThatQuestionWithTheOtherFieldsAndNothingIsStored() {
        int before = jdbc.queryForObject("select count(*) from booking where coach_id = ?", Integer.class, practice.coach().id().value());

        assertThatThrownBy(() -> book("", Map.of(2, "Extremely", 1, "x".repeat(201))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "intake-1", "intake-2", "intake-3"));
        assertThat(jdbc.queryForObject("select count(*) from booking where coach_id = ?", Integer.class, practice.coach().id().value()))
                .isEqualTo(before);
    }

    @Test
    void answersKeepTheirQuestionsAsAskedAndOnlyTheirCoachReadsThemEachTimeRecorded() {
        Confirmation booked = book("Intake Reader", Map.of(2, "Quite", 3, "No"));
        signIn.as(practice.coach().email());
        intake.replaceMyQuestions(practice.session().id(), List.of(new IntakeQuestion(0, Kind.LONG_TEXT, "Something new?", List.of(), false)));

        List<IntakeAnswer> answers = intake.answersFor(booked.booking().id());
        assertThat(answers).extracting(IntakeAnswer::position, IntakeAnswer::prompt, IntakeAnswer::answer)
                .containsExactly(tuple(2, "How urgent is it?", "Quite"), tuple(3, "Have you had coaching before?", "No"));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.sessionStart()).isEqualTo(booked.booking().start()));
        assertThat(trail.timesShown(practice.coach().id(), booked.booking().clientId(), AnswerTrail.Shown.INTAKE)).isEqualTo(1);
        assertThat(intake.answersOfClient(booked.booking().clientId())).containsOnlyKeys(booked.booking().id());
        assertThat(trail.timesShown(practice.coach().id(), booked.booking().clientId(), AnswerTrail.Shown.INTAKE)).isEqualTo(2);

        TestPractice.Practice other = testPractice.open("Europe/Berlin");
        signIn.as(other.coach().email());
        assertThat(intake.answersFor(booked.booking().id())).isEmpty();
        assertThat(intake.answersOfClient(booked.booking().clientId())).isEmpty();
        assertThatThrownBy(() -> intake.myQuestions(practice.session().id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> intake.replaceMyQuestions(practice.session().id(), List.of())).isInstanceOf(InvalidInputException.class);
        assertThat(bookingService.intakeQuestions(practice.session().id())).hasSize(1);
    }

    @Test
    void badQuestionsAreRefusedAtTheirFieldsAndTheOldOnesStay() {
        signIn.as(practice.coach().email());
        assertThatThrownBy(() -> intake.replaceMyQuestions(practice.session().id(), List.of(
                new IntakeQuestion(0, Kind.SHORT_TEXT, " ", List.of(), false),
                new IntakeQuestion(0, Kind.CHOICE, "Only one choice?", List.of("One"), false),
                new IntakeQuestion(0, Kind.SHORT_TEXT, "q".repeat(201), List.of(), false))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).extracting(FieldProblem::field)
                        .containsExactly("prompt-1", "choices-2", "prompt-3"));
        assertThatThrownBy(() -> intake.replaceMyQuestions(practice.session().id(), java.util.Collections.nCopies(11,
                new IntakeQuestion(0, Kind.YES_NO, "Again?", List.of(), false)))).isInstanceOf(InvalidInputException.class);
        assertThat(intake.myQuestions(practice.session().id())).hasSize(3);
    }

    private Confirmation book(String name, Map<Integer, String> answers) {
        Instant start = testPractice.freeTimes(practice, 3).getFirst();
        return bookingService.book(new BookingRequest(practice.session().id(), start, name, "intake-" + UUID.randomUUID() + "@example.org",
                "", "", "", "Europe/Berlin", UUID.randomUUID()), FormAnswers.fromBookingPage(answers, null));
    }
}
