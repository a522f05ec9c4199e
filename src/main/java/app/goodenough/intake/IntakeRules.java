package app.goodenough.intake;

import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What makes a set of intake questions, and an answer to one, acceptable. */
final class IntakeRules {

    static final String YES = "Yes";
    static final String NO = "No";

    private IntakeRules() {
    }

    static List<FieldProblem> questionProblems(List<IntakeQuestion> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (questions.size() > IntakeQuestion.MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "Ask at most " + IntakeQuestion.MAX_QUESTIONS + " questions; readers answer them all."));
        }
        for (IntakeQuestion question : questions) {
            String field = "prompt-" + question.position();
            if (question.prompt().isEmpty()) {
                problems.add(new FieldProblem(field, "Write the question, or remove it."));
            } else if (question.prompt().length() > IntakeQuestion.MAX_PROMPT_LENGTH) {
                problems.add(new FieldProblem(field, "Keep the question to " + IntakeQuestion.MAX_PROMPT_LENGTH + " characters."));
            }
            TypedText.problemWithLine(question.prompt()).ifPresent(message -> problems.add(new FieldProblem(field, message)));
            choiceProblem(question).ifPresent(message -> problems.add(new FieldProblem("choices-" + question.position(), message)));
        }
        return problems;
    }

    private static Optional<String> choiceProblem(IntakeQuestion question) {
        if (question.kind() != IntakeQuestion.Kind.CHOICE) {
            return Optional.empty();
        }
        if (question.choices().size() < 2 || question.choices().size() > IntakeQuestion.MAX_CHOICES) {
            return Optional.of("Give 2 to " + IntakeQuestion.MAX_CHOICES + " choices, one per line.");
        }
        if (question.choices().stream().anyMatch(choice -> choice.length() > IntakeQuestion.MAX_CHOICE_LENGTH)) {
            return Optional.of("Keep each choice to " + IntakeQuestion.MAX_CHOICE_LENGTH + " characters.");
        }
        return question.choices().stream().map(TypedText::problemWithLine).flatMap(Optional::stream).findFirst();
    }

    /** The problems of a reader's answers, each at its question's field. */
    static List<FieldProblem> answerProblems(List<IntakeQuestion> questions, Map<Integer, String> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (IntakeQuestion question : questions) {
            String answer = answers.getOrDefault(question.position(), "").strip();
            answerProblem(question, answer).ifPresent(message -> problems.add(new FieldProblem(question.field(), message)));
        }
        return problems;
    }

    private static Optional<String> answerProblem(IntakeQuestion question, String answer) {
        if (answer.isEmpty()) {
            return question.required() ? Optional.of("Please answer this question.") : Optional.empty();
        }
        return switch (question.kind()) {
            case SHORT_TEXT -> answer.length() > IntakeQuestion.MAX_SHORT_ANSWER
                    ? Optional.of("Please keep it to " + IntakeQuestion.MAX_SHORT_ANSWER + " characters.") : TypedText.problemWithLine(answer);
            case LONG_TEXT -> answer.length() > IntakeQuestion.MAX_LONG_ANSWER
                    ? Optional.of("Please keep it to " + IntakeQuestion.MAX_LONG_ANSWER + " characters.") : TypedText.problemWith(answer);
            case CHOICE -> question.choices().contains(answer) ? Optional.empty() : Optional.of("Choose one of the options.");
            case YES_NO -> answer.equals(YES) || answer.equals(NO) ? Optional.empty() : Optional.of("Choose yes or no.");
        };
    }
}
