package app.goodenough.booking.internal;

import app.goodenough.booking.FormAnswers;
import app.goodenough.insights.ArticleEntries;
import app.goodenough.intake.IntakeAnswers;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.schedule.Booking;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.FieldProblem;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Checks and writes what the booking page adds to a booking: the intake answers and where in the article the reader came from. */
@Component
public class FormAnswersWriter {

    private final IntakeAnswers intake;
    private final ArticleEntries entries;

    FormAnswersWriter(IntakeAnswers intake, ArticleEntries entries) {
        this.intake = intake;
        this.entries = entries;
    }

    public List<IntakeQuestion> questions(SessionTypeId type) {
        return intake.questionsFor(type);
    }

    public List<FieldProblem> problems(SessionTypeId type, FormAnswers answers) {
        return intake.problemsWith(type, answers.intake());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Booking booking, FormAnswers answers) {
        intake.record(booking, answers.intake());
        if (answers.fromBookingPage()) {
            entries.booked(booking, answers.openedWithFocus());
        }
    }
}
