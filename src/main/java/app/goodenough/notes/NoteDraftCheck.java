package app.goodenough.notes;

import app.goodenough.practice.PrincipleTag;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.TypedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a note may hold; problems name their field and never quote the note. */
public final class NoteDraftCheck {

    /** The longest note, in characters (about 15,000 words); a longer text is refused, not cut. */
    public static final int MAX_BODY_LENGTH = 100_000;
    static final int MAX_FREE_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 40;

    private NoteDraftCheck() {
    }

    static List<FieldProblem> problemsWith(NoteDraft draft, Set<String> principleSlugs) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.body() == null || draft.body().length() > MAX_BODY_LENGTH) {
            problems.add(new FieldProblem("body", "A note holds at most 100,000 characters; please split it."));
        } else {
            TypedText.problemWith(draft.body()).ifPresent(message -> problems.add(new FieldProblem("body", message)));
        }
        Set<String> seen = new HashSet<>();
        for (PrincipleTag tag : draft.principles()) {
            if (!principleSlugs.contains(tag.principle()) || !seen.add(tag.principle())) {
                problems.add(new FieldProblem("principles", "Choose each of the seven principles at most once."));
                break;
            }
            if (tag.stance() != null && (tag.stance() < 1 || tag.stance() > 5)) {
                problems.add(new FieldProblem("principles", "A stance is between 1 and 5."));
                break;
            }
        }
        if (draft.freeTags().size() > MAX_FREE_TAGS) {
            problems.add(new FieldProblem("freeTags", "Use at most " + MAX_FREE_TAGS + " tags."));
        } else if (draft.freeTags().stream().anyMatch(tag -> tag == null || tag.isBlank() || tag.length() > MAX_TAG_LENGTH
                || TypedText.problemWithLine(tag).isPresent())) {
            problems.add(new FieldProblem("freeTags", "A tag is 1 to " + MAX_TAG_LENGTH + " printable characters."));
        }
        return problems;
    }
}
