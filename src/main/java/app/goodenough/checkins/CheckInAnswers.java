package app.goodenough.checkins;

import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client answers in a check-in: a weight per principle they chose to rate, and one line.
 * Problems are named by field: {@code weight-<slug>} or {@code wish}.
 */
public record CheckInAnswers(Map<String, Integer> weights, String wish) {

    public CheckInAnswers {
        weights = Map.copyOf(weights);
        wish = wish.strip();
    }

    List<FieldProblem> problems(Set<String> principleSlugs) {
        List<FieldProblem> problems = new ArrayList<>();
        weights.forEach((slug, weight) -> {
            if (!principleSlugs.contains(slug)) {
                problems.add(new FieldProblem("form", "Please reload the page: one of the principles is not known."));
            } else if (weight < 0 || weight > CheckIn.MAX_WEIGHT) {
                problems.add(new FieldProblem("weight-" + slug, "Choose 0 to " + CheckIn.MAX_WEIGHT + ", or that you'd rather not say."));
            }
        });
        if (wish.codePointCount(0, wish.length()) > CheckIn.MAX_WISH_LENGTH) {
            problems.add(new FieldProblem("wish", "Please keep it to " + CheckIn.MAX_WISH_LENGTH + " characters; you can say more in the session."));
        }
        TypedText.problemWithLine(wish).ifPresent(message -> problems.add(new FieldProblem("wish", message)));
        return problems;
    }
}
