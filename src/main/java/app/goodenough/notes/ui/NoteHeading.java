package app.goodenough.notes.ui;

import app.goodenough.base.DateFormats;
import app.goodenough.booking.BookingDetails;
import app.goodenough.booking.CoachCalendarService;
import app.goodenough.notes.Note;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;

/** Whose note this is and of which session, with the way to the client's story and to the note's versions. */
class NoteHeading extends Div {

    NoteHeading(Note note, ZoneId zone, PracticeService practiceService, CoachCalendarService calendar, Runnable showVersions) {
        addClassName("note-heading");
        String client = practiceService.myClient(note.clientId()).map(ClientSummary::name).orElse("a client");
        add(new H1("Note on " + client));
        if (note.bookingId() != null) {
            BookingDetails session = calendar.myBooking(note.bookingId());
            add(new Paragraph(session.sessionTypeName() + " · " + DateFormats.current().moment(session.start().atZone(zone))));
        } else {
            add(new Paragraph("General note, not tied to a session"));
        }
        Button versions = new Button("Versions", click -> showVersions.run());
        versions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Div(new RouterLink(client + "'s story", ClientView.class, note.clientId().toString()), versions));
    }
}
