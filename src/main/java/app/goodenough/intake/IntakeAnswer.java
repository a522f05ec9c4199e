package app.goodenough.intake;

/** One answer to an intake question, with the question as it was asked. */
public record IntakeAnswer(int position, String prompt, String answer) {
}
