package app.goodenough.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NoteDraftCheck;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shell.ui.NotAllowedView;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class NoteEditorViewTest extends ViewTest {

    @Autowired NotesService notesService;
    @Autowired JdbcTemplate jdbc;
    TestPractice.Practice practice;
    Note note;
    Confirmation session;

    @BeforeEach
    void aSessionWithANote() {
        practice = testPractice.open("Europe/Berlin");
        session = testPractice.bookFirstFreeTime(practice, 4, "Editor Reader", "redefine-success");
        signIn.as(practice.coach().email());
        note = notesService.noteForSession(session.booking().id());
    }

    @Test
    void typingSavesTheNoteByItselfWithTheSessionsFocusTagged() {
        navigate(NoteEditorView.class, note.id().toString());
        assertThat($(Checkbox.class).withLabel("7. Redefine success in relationships").single().getValue()).isTrue();

        test($(TextArea.class).withLabelContaining("Note").single()).setValue("They named one **boundary** this week.");

        assertThat(status()).startsWith("Saved at").endsWith("version 1");
        assertThat(jdbc.queryForObject("select body from note where id = ?", String.class, note.id().value()))
                .isEqualTo("They named one **boundary** this week.");
    }

    @Test
    void theHeadingNamesClientAndSessionAndTheVersionsCanBeRead() {
        notesService.save(note.id(), note.version(), new NoteDraft("First draft.", List.of(), List.of()));
        navigate(NoteEditorView.class, note.id().toString());
        assertThat($(H1.class).single().getText()).isEqualTo("Note on Editor Reader");
        assertThat($(Anchor.class).withText("Editor Reader's story").exists()).isTrue();

        test($(TextArea.class).withLabelContaining("Note").single()).setValue("Second draft.");
        test($(Button.class).withText("Versions").single()).click();

        assertThat($(H3.class).all()).extracting(H3::getText).satisfiesExactly(
                newest -> assertThat(newest).startsWith("Version 2 · "), oldest -> assertThat(oldest).startsWith("Version 1 · "));
        assertThat($(Div.class).withClassName("note-version-text").all()).extracting(Div::getText)
                .containsExactly("Second draft.", "First draft.");
    }

    @Test
    void anEmptyNoteIsNotSignedAndTheFieldSaysWhy() {
        TestClock.get().runFrom(session.booking().start());
        navigate(NoteEditorView.class, note.id().toString());

        signAndLock();

        TextArea body = $(TextArea.class).withLabelContaining("Note").single();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("empty note cannot be signed");
        assertThat(jdbc.queryForObject("select signed_at is null from note where id = ?", Boolean.class, note.id().value())).isTrue();
    }

    @Test
    void signingWaitsForTheSessionToStartAndAsksFirstNamingWhatIsFrozen() {
        navigate(NoteEditorView.class, note.id().toString());
        test($(TextArea.class).withLabelContaining("Note").single()).setValue("A plan for the session.");
        assertThat($(Button.class).withText("Sign and lock…").single().isEnabled()).isFalse();
        assertThat($(Paragraph.class).withTextContaining("can be signed once the session has started, on ").exists()).isTrue();

        TestClock.get().runFrom(session.booking().start().plusSeconds(60));
        navigate(NoteEditorView.class, note.id().toString());
        test($(TextField.class).withLabelContaining("Free tags").single()).setValue("drafts, rest");
        test($(Button.class).withText("Sign and lock…").single()).click();
        ConfirmDialog asked = $(ConfirmDialog.class).single();
        assertThat(test(asked).getHeader()).isEqualTo("Sign and lock?");
        assertThat(test(asked).getText()).startsWith("You can only add addenda after.")
                .contains("its 1 principle with their stances and its 2 free tags, and the takeaway for the client will be frozen");
        test(asked).cancel();
        assertThat(jdbc.queryForObject("select signed_at is null from note where id = ?", Boolean.class, note.id().value())).isTrue();

        signAndLock();
        assertThat(jdbc.queryForObject("select signed_at is not null from note where id = ?", Boolean.class, note.id().value())).isTrue();
        assertThat(status()).startsWith("Signed ");
        assertThat($(Paragraph.class).withClassName("note-free-tags").single().getText()).isEqualTo("Free tags: drafts, rest");
        assertThat($(Select.class).withAriaLabel("Stance on Redefine success in relationships").single().getValue()).as("ticked without a stance")
                .isNull();
    }

    @Test
    void theStanceIsExplainedWhereItIsChosenAndAPrincipleMayGoWithoutOne() {
        navigate(NoteEditorView.class, note.id().toString());

        assertThat($(Paragraph.class).withClassName("stance-explained").single().getText()).contains("from 1 (caught in it) to 5 (free of it)",
                "without one");
        @SuppressWarnings("unchecked")
        Select<Integer> stance = $(Select.class).withAriaLabel("Stance on Redefine success in relationships").single();
        assertThat(stance.getItemLabelGenerator().apply(5)).isEqualTo("5 · free of it");
        assertThat(stance.getEmptySelectionCaption()).isEqualTo("No stance");
        assertThat(stance.getValue()).as("the focus is ticked without a stance").isNull();
        test($(TextArea.class).withLabelContaining("Note").single()).setValue("Ticked, no stance yet.");
        assertThat(jdbc.queryForObject("select count(*) from note_principle where note_id = ? and stance is null", Integer.class,
                note.id().value())).isOne();
    }

    @Test
    void tooLongATextIsRefusedAtTheFieldAndStaysThereToBeSplit() {
        navigate(NoteEditorView.class, note.id().toString());
        TextArea body = $(TextArea.class).withLabelContaining("Note").single();

        test(body).setValue("y".repeat(NoteDraftCheck.MAX_BODY_LENGTH + 1));

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("at most 100,000 characters");
        assertThat(body.getValue()).hasSize(NoteDraftCheck.MAX_BODY_LENGTH + 1);
        assertThat(jdbc.queryForObject("select version from note where id = ?", Integer.class, note.id().value())).isZero();
    }

    @Test
    void aStaleWindowIsToldAndOverwritesNothing() {
        navigate(NoteEditorView.class, note.id().toString());
        notesService.save(note.id(), note.version(), new NoteDraft("From the other window.", List.of(), List.of()));

        test($(TextArea.class).withLabelContaining("Note").single()).setValue("From this window.");

        assertThat(status()).contains("changed in another window");
        assertThat(jdbc.queryForObject("select body from note where id = ?", String.class, note.id().value()))
                .isEqualTo("From the other window.");
    }

    @Test
    void aSignedNoteShowsItsTextSafelyAndTakesAddenda() {
        TestClock.get().runFrom(session.booking().start());
        navigate(NoteEditorView.class, note.id().toString());
        test($(TextArea.class).withLabelContaining("Note").single()).setValue("**rest** matters <script>alert(1)</script>");
        signAndLock();

        String html = $(Html.class).single().getElement().getOuterHTML();
        assertThat(html).contains("&lt;script&gt;", "<strong>rest</strong>").doesNotContain("<script>");
        assertThat($(TextArea.class).withLabelContaining("Note").exists()).isFalse();
        test($(TextArea.class).withLabel("Addendum").single()).setValue("A week later: she took a day off.");
        test($(Button.class).withText("Add dated addendum").single()).click();
        assertThat($(Paragraph.class).withTextContaining("she took a day off").exists()).isTrue();
    }

    @Test
    void anotherCoachFindsNoSuchNoteAndAClientIsNotAllowed() {
        signIn.as(Demo.COACH);
        for (String tampered : List.of(note.id().toString(), "not-a-note", UUID.randomUUID().toString(), "' or 1=1 --")) {
            navigate(NoteEditorView.class, tampered);
            assertThat($(Paragraph.class).withText("There is no such note.").exists()).isTrue();
        }

        signIn.as(Demo.SAM);
        navigate("coach/notes/edit/" + note.id(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }

    private String status() {
        return $(Span.class).withClassName("save-status").single().getText();
    }

    private void signAndLock() {
        test($(Button.class).withText("Sign and lock…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
    }
}
