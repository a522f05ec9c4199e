package app.goodenough.shared;

/**
 * A problem with one value a user entered, to be shown next to that field.
 *
 * @param field the name of the field, as the form knows it
 * @param message a sentence the user can act on
 */
public record FieldProblem(String field, String message) {
}
