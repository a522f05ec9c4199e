package app.goodenough.notes.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.ui.SessionPages;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.ui.ClientPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * From a session in the calendar to its client's story and to its notes. A session that waits
 * for its address's owner has neither yet: its client is not the coach's until they confirm.
 */
@org.springframework.stereotype.Component
@Order(1)
class SessionNotesPages implements SessionPages {

    private final NotesService notesService;

    SessionNotesPages(NotesService notesService) {
        this.notesService = notesService;
    }

    @Override
    public List<Component> linksFor(BookingDetails session) {
        if (session.awaitsClient()) {
            return List.of();
        }
        Anchor client = ClientPage.link("Open " + session.clientName() + "'s story", session.clientId());
        client.addClassName("client-link");
        return List.of(client);
    }

    @Override
    public List<Component> actionsFor(BookingDetails session, Runnable closePanel, Runnable afterChange) {
        if (session.awaitsClient()) {
            return List.of();
        }
        return List.of(new Button("Write notes", click -> {
            closePanel.run();
            UI.getCurrent().navigate(NoteEditorView.class, notesService.noteForSession(session.id()).id().toString());
        }));
    }
}
