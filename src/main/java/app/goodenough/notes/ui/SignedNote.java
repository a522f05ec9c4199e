package app.goodenough.notes.ui;

import app.goodenough.notes.Note;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.ui.PrincipleTagsField;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.SafeMarkdown;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.function.Consumer;

/** A signed note as it stays: its text, its principles read-only, its free tags, its dated addenda, and a field for one more. */
class SignedNote extends Div {

    /**
     * @param addAddendum adds the text as a dated addendum; refuses with {@link InvalidInputException}
     */
    SignedNote(Note note, PrincipleTagsField principles, ZoneId zone, Consumer<String> addAddendum) {
        Div text = new Div(new Html("<div>" + SafeMarkdown.toHtml(note.body()) + "</div>"));
        text.addClassName("note-text");
        Div addenda = new Div();
        note.addenda().forEach(addendum -> addenda.add(new Paragraph(
                DateFormats.current().moment(addendum.addedAt().atZone(zone)) + " · " + addendum.body())));
        TextArea addendum = TextLimits.atMost(NotesService.MAX_ADDENDUM_LENGTH, new TextArea("Addendum"));
        addendum.addClassName("addendum-text");
        Button add = new Button("Add dated addendum", click -> {
            try {
                addAddendum.accept(addendum.getValue());
            } catch (InvalidInputException refusal) {
                addendum.setErrorMessage(refusal.problems().getFirst().message());
                addendum.setInvalid(true);
            }
        });
        Paragraph tags = new Paragraph(note.freeTags().isEmpty() ? "No free tags." : "Free tags: " + String.join(", ", note.freeTags()));
        tags.addClassName("note-free-tags");
        add(text, new H2("Principles"), principles, tags, new H2("Addenda"), addenda, addendum, add);
    }
}
