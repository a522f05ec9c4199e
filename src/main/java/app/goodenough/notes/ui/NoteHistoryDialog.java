package app.goodenough.notes.ui;

import app.goodenough.notes.NoteVersion;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;

/** Every saved version of a note, newest first, as the coach typed it. */
class NoteHistoryDialog extends Dialog {

    NoteHistoryDialog(List<NoteVersion> versions, ZoneId zone) {
        setHeaderTitle("Versions of this note");
        setWidth("min(48rem, 95vw)");
        if (versions.isEmpty()) {
            add(new Paragraph("Nothing has been saved yet."));
        }
        for (NoteVersion version : versions) {
            Div text = new Div();
            text.setText(version.body());
            text.addClassName("note-version-text");
            Div entry = new Div(new H3("Version " + version.version() + " · "
                    + DateFormats.current().moment(version.savedAt().atZone(zone))), text);
            if (!version.freeTags().isEmpty()) {
                entry.add(new Paragraph("Tags: " + String.join(", ", version.freeTags())));
            }
            entry.addClassName("note-version");
            add(entry);
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
