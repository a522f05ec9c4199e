package app.goodenough.clients.ui;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.clients.ClientStory;
import app.goodenough.clients.ClientStoryService;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.Roles;
import app.goodenough.intake.ui.IntakeAnswersList;
import app.goodenough.notes.NoteSummary;
import app.goodenough.notes.NotesService;
import app.goodenough.notes.ui.NoteEditorView;
import app.goodenough.notes.ui.NoteTrail;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.practice.ui.ClientPage;
import app.goodenough.practice.ui.PrincipleStoryChart;
import app.goodenough.practice.ui.PrincipleStoryTable;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.SafeMarkdown;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** One client: contact, sessions past and future, notes timeline, and their principle story. */
@Route(ClientPage.ROUTE)
@PageTitle("Client · Good Enough")
@RolesAllowed(Roles.COACH)
public class ClientView extends Main implements HasUrlParameter<String> {

    /** How much of each note's opening the timeline shows, as plain text cut after a whole word. */
    private static final int NOTE_OPENING_LENGTH = 140;

    private final ClientStoryService clientStories;
    private final NotesService notesService;
    private final PrincipleService principleService;
    private final PracticeService practiceService;

    ClientView(ClientStoryService clientStories, NotesService notesService, PrincipleService principleService, PracticeService practiceService) {
        this.clientStories = clientStories;
        this.notesService = notesService;
        this.principleService = principleService;
        this.practiceService = practiceService;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String clientId) {
        removeAll();
        try {
            show(clientStories.clientStory(AccountId.parse(clientId)));
        } catch (IllegalArgumentException | InvalidInputException unknown) {
            add(new H1("Client"), new Paragraph("There is no such client."));
        }
    }

    private void show(ClientStory story) {
        ZoneId zone = practiceService.myTimeZone();
        add(new H1(story.client().name()), new Paragraph(story.client().email()),
                new Paragraph(new Anchor("coach/data?client=" + story.client().id().value(), "Download this client's whole record")));
        List<Principle> principles = principleService.principles();
        add(new H2("Principle story"), new Html(PrincipleStoryChart.svg(principles, story.points(), zone)),
                new Paragraph("Each principle has two lines. Above, your view: a dot where a note tagged it, larger for a higher stance. "
                        + "Below, the client's: a square where their check-in rated it, larger for more weight; a ring where they chose it "
                        + "as a session's focus."),
                new PrincipleStoryTable(principles, story.points(), zone));
        Div sessions = new Div();
        sessions.addClassName("client-sessions");
        for (CalendarEntry session : story.sessions()) {
            sessions.add(new Paragraph(DateFormats.current().moment(session.start().atZone(zone)) + " · " + session.sessionTypeName() + " · "
                    + (session.seriesPlace() == null ? "" : session.seriesPlace() + " · ") + session.status().label()));
            Optional.ofNullable(story.answers().get(session.id())).ifPresent(answers -> sessions.add(new IntakeAnswersList(answers)));
        }
        if (story.sessions().isEmpty()) {
            sessions.add(new Paragraph("No sessions yet."));
        }
        Div notes = new Div();
        notes.addClassName("client-notes");
        for (NoteSummary note : story.notes()) {
            String label = (note.ofSession() ? "Session of " : "General note, ") + DateFormats.current().moment(note.at().atZone(zone))
                    + (note.signed() ? " · signed" : " · draft");
            notes.add(new Div(new RouterLink(label,
                    NoteEditorView.class, note.id().toString()),
                    new Paragraph(SafeMarkdown.opening(note.opening(), NOTE_OPENING_LENGTH))));
        }
        Button newNote = new Button("New note on " + story.client().name(), click -> getUI().ifPresent(ui -> ui.navigate(
                NoteEditorView.class, notesService.newClientNote(story.client().id()).id().toString())));
        add(new H2("Sessions"), sessions, new H2("Notes"), newNote, notes, new H2("Who opened these notes"),
                new NoteTrail(story.trail(), zone));
    }
}
