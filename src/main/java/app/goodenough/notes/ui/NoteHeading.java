package app.goodenough.notes.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.notes.Note;
import app.goodenough.practice.ui.ClientPage;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.Optional;

/** Whose note this is and of which session, with the way to the client's story and to the note's versions. */
class NoteHeading extends Div {

    /**
     * @param client the client's name
     * @param session the session the note is of; empty for a general note
     */
    NoteHeading(Note note, String client, Optional<BookingDetails> session, ZoneId zone, Runnable showVersions) {
        addClassName("note-heading");
        add(new H1("Note on " + client));
        if (session.isPresent()) {
            add(new Paragraph(session.get().sessionTypeName() + " · " + DateFormats.current().moment(session.get().start().atZone(zone))));
        } else {
            add(new Paragraph("General note, not tied to a session"));
        }
        Button versions = new Button("Versions", click -> showVersions.run());
        versions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Div(ClientPage.link(client + "'s story", note.clientId()), versions));
    }
}
