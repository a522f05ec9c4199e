package app.goodenough.notesearch.ui;

import app.goodenough.identity.Roles;
import app.goodenough.notes.ui.NoteEditorView;
import app.goodenough.notesearch.NoteHit;
import app.goodenough.notesearch.NoteQuery;
import app.goodenough.notesearch.NoteSearchService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.DateFields;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Finding notes: words as typed, plus principle, client, dates and signed or draft. */
@Route("coach/notes")
@PageTitle("Notes · Good Enough")
@Menu(order = 20, title = "Notes")
@RolesAllowed(Roles.COACH)
class NotesSearchView extends Main {

    private static final int LIMIT = 50;

    private final NoteSearchService noteSearch;
    private final TextField text = new TextField("Words");
    private final Select<Principle> principle = new Select<>();
    private final ComboBox<String> tag = new ComboBox<>("Tag");
    private final ComboBox<ClientSummary> client = new ComboBox<>("Client");
    private final DatePicker from = new DatePicker("Dated from (the session's day)");
    private final DatePicker to = new DatePicker("Dated until");
    private final Select<String> state = new Select<>();
    private final Div results = new Div();
    private final FieldMessages messages =
            new FieldMessages().field("text", text).field("principle", principle).field("tag", tag).field("to", to);
    private final ZoneId zone;

    NotesSearchView(NoteSearchService noteSearch, PrincipleService principleService, PracticeService practiceService, Clock clock) {
        this.noteSearch = noteSearch;
        this.zone = practiceService.myProfile().timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        DateFields.localize(from, today);
        DateFields.localize(to, today);
        addClassName("page");
        text.addClassName("search-words");
        text.setPlaceholder("e.g. boundaries -work, \"day off\"");
        text.setClearButtonVisible(true);
        TextLimits.atMost(500, text);
        principle.setLabel("Principle");
        principle.setItems(principleService.principles());
        principle.setItemLabelGenerator(p -> p == null ? "Any principle" : p.number() + ". " + p.title());
        principle.setEmptySelectionAllowed(true);
        principle.setEmptySelectionCaption("Any principle");
        tag.setItems(noteSearch.myFreeTags());
        tag.setClearButtonVisible(true);
        client.setItems(practiceService.myClients());
        client.setItemLabelGenerator(ClientSummary::name);
        client.setClearButtonVisible(true);
        state.setLabel("Signed");
        state.setItems("All notes", "Signed", "Drafts");
        state.setValue("All notes");
        Button search = new Button("Search", click -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        results.addClassName("note-results");
        add(new H1("Notes"), new FormLayout(text, principle, tag, client, from, to, state), search, results);
        search();
    }

    private void search() {
        messages.clear();
        Boolean signed = switch (state.getValue()) {
            case "Signed" -> true;
            case "Drafts" -> false;
            default -> null;
        };
        try {
            show(noteSearch.search(new NoteQuery(text.getValue(), principle.getOptionalValue().map(Principle::slug).orElse(null),
                    tag.getValue(), client.getOptionalValue().map(ClientSummary::id).orElse(null), from.getValue(), to.getValue(),
                    signed), LIMIT));
        } catch (InvalidInputException refusal) {
            messages.show(refusal);
        }
    }

    private void show(List<NoteHit> hits) {
        results.removeAll();
        if (hits.isEmpty()) {
            results.add(new Paragraph("No notes match."));
        }
        for (NoteHit hit : hits) {
            RouterLink open = new RouterLink(hit.clientName() + " · " + DateFormats.current().moment(hit.at().atZone(zone)), NoteEditorView.class,
                    hit.id().toString());
            Span state = new Span(hit.signed() ? "Signed" : "Draft");
            state.addClassName("note-state");
            Div result = new Div(open, state, new SnippetText(hit.snippet()));
            result.addClassName("note-result");
            results.add(result);
        }
    }
}
