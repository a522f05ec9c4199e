package app.goodenough.notes.ui;

import app.goodenough.notes.NoteAccess;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;

/** Who opened, saved or signed which of the client's notes, and when: the newest entries of the audit trail. */
public class NoteTrail extends Div {

    public NoteTrail(List<NoteAccess> trail, ZoneId zone) {
        addClassName("note-trail");
        if (trail.isEmpty()) {
            add(new Paragraph("No one has opened a note on this client yet."));
            return;
        }
        UnorderedList lines = new UnorderedList();
        for (NoteAccess access : trail) {
            lines.add(new ListItem(new Span(DateFormats.current().moment(access.at().atZone(zone)) + " · "
                    + access.actorName() + " " + access.actionInWords() + " "),
                    new RouterLink("a note", NoteEditorView.class, access.noteId().toString())));
        }
        add(lines);
    }
}
