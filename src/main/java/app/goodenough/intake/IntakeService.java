package app.goodenough.intake;

import app.goodenough.answertrail.AnswerTrail;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.intake.internal.IntakeRepository;
import app.goodenough.schedule.BookingId;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach's questions per session type, asked on the booking form after the details, and the
 * answers she reads with each session (each showing recorded). Changing the questions never
 * changes an answer already given.
 */
@Service
public class IntakeService {

    private final IntakeRepository intake;
    private final AnswerTrail trail;
    private final CurrentUser currentUser;

    IntakeService(IntakeRepository intake, AnswerTrail trail, CurrentUser currentUser) {
        this.intake = intake;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Roles.IS_COACH)
    @Transactional(readOnly = true)
    public List<IntakeQuestion> myQuestions(SessionTypeId type) {
        requireMine(type);
        return intake.questions(type);
    }

    /** Replaces the questions of one of the coach's session types, numbered in the order given. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional
    public List<IntakeQuestion> replaceMyQuestions(SessionTypeId type, List<IntakeQuestion> questions) {
        requireMine(type);
        List<IntakeQuestion> numbered = IntStream.range(0, questions.size())
                .mapToObj(i -> new IntakeQuestion(i + 1, questions.get(i).kind(), questions.get(i).prompt(), questions.get(i).choices(),
                        questions.get(i).required()))
                .toList();
        List<FieldProblem> problems = IntakeRules.questionProblems(numbered);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        intake.replace(me(), type, numbered);
        return intake.questions(type);
    }

    /** The answers given when one of the coach's sessions was booked; the showing is recorded. Another coach's session has none. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional
    public List<IntakeAnswer> answersFor(BookingId booking) {
        List<IntakeAnswer> answers = intake.answers(me(), booking);
        if (!answers.isEmpty()) {
            trail.shownForSession(me(), me(), booking, AnswerTrail.Shown.INTAKE);
        }
        return answers;
    }

    /** A client's answers in their sessions with the coach, by session; the showing is recorded. Another coach's client has none. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional
    public Map<BookingId, List<IntakeAnswer>> answersOfClient(AccountId client) {
        List<IntakeAnswer> answers = intake.answersOfClient(me(), client);
        if (!answers.isEmpty()) {
            trail.shown(me(), me(), client, AnswerTrail.Shown.INTAKE);
        }
        return answers.stream().collect(Collectors.groupingBy(IntakeAnswer::booking, LinkedHashMap::new, Collectors.toList()));
    }

    /** The signed-in client's own answers, in the sessions that are theirs, oldest first. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    public List<IntakeAnswer> myAnswers() {
        return intake.answersOfClient(me());
    }

    private void requireMine(SessionTypeId type) {
        if (!intake.isTypeOf(me(), type)) {
            throw new InvalidInputException("sessionType", "There is no such session type.");
        }
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
