package app.goodenough.notes;

import app.goodenough.practice.PrincipleTag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the coach has written so far: text with light formatting, principle tags and free tags. */
public record NoteDraft(String body, @Nullable List<PrincipleTag> principles, @Nullable List<String> freeTags) {

    public NoteDraft {
        principles = principles == null ? List.of() : List.copyOf(principles);
        freeTags = freeTags == null ? List.of() : List.copyOf(freeTags);
    }

    @Override
    public String toString() {
        return "NoteDraft[" + principles.size() + " principles, " + freeTags.size() + " tags]";
    }
}
