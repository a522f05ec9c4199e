package app.goodenough.intake;

import java.util.List;

/**
 * One question a session type's booking form asks after the details.
 *
 * @param position 1 for the first question
 * @param choices the options of a {@link Kind#CHOICE} question, in order; empty for the other kinds
 */
public record IntakeQuestion(int position, Kind kind, String prompt, List<String> choices, boolean required) {

    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_PROMPT_LENGTH = 200;
    public static final int MAX_CHOICES = 10;
    public static final int MAX_CHOICE_LENGTH = 80;
    public static final int MAX_SHORT_ANSWER = 200;
    public static final int MAX_LONG_ANSWER = 2_000;

    /** The kinds of answer a question takes. */
    public enum Kind {
        SHORT_TEXT("Short text"), LONG_TEXT("Long text"), CHOICE("One choice of several"), YES_NO("Yes or no");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public IntakeQuestion {
        prompt = prompt.strip();
        choices = choices.stream().map(String::strip).filter(choice -> !choice.isEmpty()).toList();
    }

    /** The field a problem with this question's answer is named by. */
    public String field() {
        return "intake-" + position;
    }
}
