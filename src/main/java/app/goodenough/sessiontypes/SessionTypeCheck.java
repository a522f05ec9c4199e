package app.goodenough.sessiontypes;

import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a session type must satisfy; each problem names its field. */
public final class SessionTypeCheck {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_PRICE_LENGTH = 40;
    public static final int MAX_PLACE_LENGTH = 300;
    public static final int MAX_PAYMENT_LENGTH = 300;
    public static final int MIN_DURATION = 5;
    public static final int MAX_DURATION = 480;

    private SessionTypeCheck() {
    }

    public static List<FieldProblem> problemsWith(NewSessionType type) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type.name() == null || type.name().isBlank()) {
            problems.add(new FieldProblem("name", "Give the session a name."));
        } else if (type.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "A name has at most " + MAX_NAME_LENGTH + " characters."));
        } else {
            TypedText.problemWithLine(type.name()).ifPresent(message -> problems.add(new FieldProblem("name", message)));
        }
        if (type.durationMinutes() < MIN_DURATION || type.durationMinutes() > MAX_DURATION) {
            problems.add(new FieldProblem("duration", "A session lasts " + MIN_DURATION + " to " + MAX_DURATION + " minutes."));
        }
        if (type.description() != null && type.description().length() > MAX_DESCRIPTION_LENGTH) {
            problems.add(new FieldProblem("description", "Keep the description to " + MAX_DESCRIPTION_LENGTH + " characters."));
        } else {
            TypedText.problemWith(type.description()).ifPresent(message -> problems.add(new FieldProblem("description", message)));
        }
        if (type.priceLabel() != null && type.priceLabel().length() > MAX_PRICE_LENGTH) {
            problems.add(new FieldProblem("price", "Keep the price to " + MAX_PRICE_LENGTH + " characters, e.g. \"90 €\" or \"Free\"."));
        } else {
            TypedText.problemWithLine(type.priceLabel()).ifPresent(message -> problems.add(new FieldProblem("price", message)));
        }
        lineOfAtMost(MAX_PLACE_LENGTH, "place", type.place(), "where the session happens").ifPresent(problems::add);
        lineOfAtMost(MAX_PAYMENT_LENGTH, "payment", type.payment(), "how it is paid").ifPresent(problems::add);
        if (type.colour() == null || !type.colour().matches("#[0-9a-f]{6}")) {
            problems.add(new FieldProblem("colour", "Choose one of the colours."));
        }
        return problems;
    }

    private static Optional<FieldProblem> lineOfAtMost(int max, String field, @Nullable String text, String what) {
        if (text != null && text.length() > max) {
            return Optional.of(new FieldProblem(field, "Keep " + what + " to " + max + " characters."));
        }
        return TypedText.problemWithLine(text).map(message -> new FieldProblem(field, message));
    }
}
