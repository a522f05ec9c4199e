package app.goodenough.intake;

import app.goodenough.intake.internal.IntakeRepository;
import app.goodenough.schedule.Booking;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.FieldProblem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A booking's answers to its session type's intake questions: checked with the other fields, written with the booking. */
@Component
public class IntakeAnswers {

    private final IntakeRepository intake;

    IntakeAnswers(IntakeRepository intake) {
        this.intake = intake;
    }

    /** The questions the booking form asks for a session type, in order. */
    public List<IntakeQuestion> questionsFor(SessionTypeId type) {
        return intake.questions(type);
    }

    /** @param answers by question position; an unanswered question is absent or blank */
    public List<FieldProblem> problemsWith(SessionTypeId type, Map<Integer, String> answers) {
        return IntakeRules.answerProblems(intake.questions(type), answers);
    }

    /** Writes the answers beside the booking, each with its question as asked now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Booking booking, Map<Integer, String> answers) {
        if (answers.values().stream().allMatch(String::isBlank)) {
            return;
        }
        intake.insertAnswers(booking.id(), booking.coachId(), intake.questions(booking.sessionTypeId()), answers);
    }
}
