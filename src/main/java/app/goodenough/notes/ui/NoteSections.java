package app.goodenough.notes.ui;

import app.goodenough.notes.Note;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * What other features show below a note in its editor, such as what the client answered before
 * the session and the takeaway shared with them. Those features offer them as beans, in their
 * {@code @Order}, so the notes need to know none of them. They are made afresh each time the note
 * is shown, so signing shows them frozen.
 */
public interface NoteSections {

    List<Component> sectionsFor(Note note);
}
