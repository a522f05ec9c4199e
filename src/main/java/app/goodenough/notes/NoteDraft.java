package app.goodenough.notes;

import java.util.List;

/** What the coach has written so far: text with light formatting, principle tags and free tags. */
public record NoteDraft(String body, List<PrincipleTag> principles, List<String> freeTags) {

    public NoteDraft {
        principles = principles == null ? List.of() : List.copyOf(principles);
        freeTags = freeTags == null ? List.of() : List.copyOf(freeTags);
    }

    @Override
    public String toString() {
        return "NoteDraft[" + principles.size() + " principles, " + freeTags.size() + " tags]";
    }
}
