package app.goodenough.notes.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.identity.Roles;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteChangedElsewhereException;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NoteId;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.PrincipleService;
import app.goodenough.practice.ui.PrincipleTagsField;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writing a note: saved by itself a couple of seconds after the coach stops typing and when
 * they leave the page; signing makes it final, after which only dated addenda can be added.
 */
@Route("coach/notes/edit")
@PageTitle("Note · Good Enough")
@RolesAllowed(Roles.COACH)
public class NoteEditorView extends Main implements HasUrlParameter<String>, BeforeLeaveObserver {

    /** Room for the most free tags a note takes, with their commas. */
    private static final int MAX_TAGS_TEXT = 1_000;

    private final NotesService notesService;
    private final PrincipleService principleService;
    private final PracticeService practiceService;
    private final CoachCalendarService calendar;
    private final List<NoteSections> sections;
    private final Clock clock;
    private final Span status = new Span();
    private final Div content = new Div();
    private @Nullable ZoneId zone;
    private @Nullable Note note;
    private @Nullable NoteDraft lastSaved;
    private @Nullable String typedText;
    private @Nullable NoteBody body;
    private @Nullable TextField freeTags;
    private @Nullable PrincipleTagsField principles;
    private @Nullable Instant sessionStart;

    NoteEditorView(NotesService notesService, PrincipleService principleService, PracticeService practiceService,
            CoachCalendarService calendar, List<NoteSections> sections, Clock clock) {
        this.notesService = notesService;
        this.principleService = principleService;
        this.practiceService = practiceService;
        this.calendar = calendar;
        this.sections = sections;
        this.clock = clock;
        addClassNames("page", "note-editor");
        status.addClassName("save-status");
    }

    @Override
    public void setParameter(BeforeEvent event, String noteId) {
        removeAll();
        try {
            Note found = notesService.note(new NoteId(UUID.fromString(noteId)));
            zone = practiceService.myTimeZone();
            String client = practiceService.myClient(found.clientId()).map(ClientSummary::name).orElse("a client");
            Optional<BookingDetails> session = Optional.ofNullable(found.bookingId()).map(calendar::myBooking);
            sessionStart = session.map(BookingDetails::start).orElse(null);
            add(new NoteHeading(found, client, session, zone,
                    () -> new NoteHistoryDialog(notesService.history(found.id()), zone).open()), status, content);
            show(found);
        } catch (IllegalArgumentException | InvalidInputException unknown) {
            add(new H1("Note"), new Paragraph("There is no such note."));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        saveIfChanged();
    }

    private void show(Note shown) {
        note = shown;
        content.removeAll();
        status.setText(shown.signed() ? "Signed " + DateFormats.current().moment(shown.signedAt().atZone(zone))
                : "Draft · version " + shown.version());
        principles = new PrincipleTagsField(principleService.principles(), shown.principles(), this::saveIfChanged);
        if (shown.signed()) {
            showSigned(shown);
        } else {
            showDraft(shown);
        }
        sections.forEach(section -> section.sectionsFor(shown).forEach(content::add));
        if (!shown.signed()) {
            content.add(new NoteSigning(sessionStart, clock.instant(), zone, this::whatSigningFreezes, this::sign));
        }
    }

    private void showDraft(Note shown) {
        body = new NoteBody(shown.body(), this::typed);
        typedText = shown.body();
        freeTags = TextLimits.atMost(MAX_TAGS_TEXT, new TextField("Free tags (comma-separated)"));
        freeTags.setValue(String.join(", ", shown.freeTags()));
        freeTags.setValueChangeMode(ValueChangeMode.LAZY);
        freeTags.addValueChangeListener(change -> saveIfChanged());
        lastSaved = draft();
        content.add(body, new H2("Principles"), principles, freeTags);
    }

    private void showSigned(Note shown) {
        principles.setReadOnly(true);
        content.add(new SignedNote(shown, principles, zone, text -> show(notesService.addAddendum(note.id(), text))));
    }

    /** What signing freezes, in words, counted when the coach asks to sign. */
    private String whatSigningFreezes() {
        saveIfChanged();
        int tagged = principles.value().size();
        long tags = draft().freeTags().size();
        return "The note's text, its " + tagged + " principle" + (tagged == 1 ? "" : "s") + " with their stances and its "
                + tags + " free tag" + (tags == 1 ? "" : "s") + ", and the takeaway for the client";
    }

    private void saveIfChanged() {
        if (note == null || note.signed() || body == null) {
            return;
        }
        NoteDraft current = draft();
        if (current.equals(lastSaved)) {
            return;
        }
        try {
            note = notesService.save(note.id(), note.version(), current);
            lastSaved = current;
            body.setInvalid(false);
            status.setText("Saved at " + DateFormats.current().timeWithSeconds(clock.instant().atZone(zone)) + " · version " + note.version());
            status.removeClassName("save-problem");
        } catch (NoteChangedElsewhereException changed) {
            showProblem(changed.getMessage());
        } catch (InvalidInputException refusal) {
            showProblem("Not saved: " + refusal.problems().getFirst().message());
            refusal.problems().stream().filter(problem -> problem.field().equals("body")).findFirst().ifPresent(problem -> {
                body.setErrorMessage(problem.message());
                body.setInvalid(true);
            });
        }
    }

    /** The newest text from the browser, whichever way it came, is what gets saved. */
    private void typed(String text) {
        typedText = text;
        saveIfChanged();
    }

    private void sign() {
        saveIfChanged();
        try {
            show(notesService.sign(note.id(), note.version()));
        } catch (NoteChangedElsewhereException changed) {
            showProblem(changed.getMessage());
        } catch (InvalidInputException refusal) {
            body.setErrorMessage(refusal.problems().getFirst().message());
            body.setInvalid(true);
        }
    }

    private NoteDraft draft() {
        List<String> tags = Arrays.stream(freeTags.getValue().split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        return new NoteDraft(typedText, principles.value(), tags);
    }

    private void showProblem(String message) {
        status.setText(message);
        status.addClassName("save-problem");
    }
}
