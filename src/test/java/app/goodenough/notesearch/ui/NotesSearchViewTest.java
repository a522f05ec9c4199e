package app.goodenough.notesearch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.DateFormats;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotesSearchViewTest extends ViewTest {

    @Autowired NotesService notesService;
    Note note;
    Confirmation session;

    @BeforeEach
    void aSessionWithANote() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        session = testPractice.bookFirstFreeTime(practice, 4, "Editor Reader", "redefine-success");
        signIn.as(practice.coach().email());
        note = notesService.noteForSession(session.booking().id());
    }

    @Test
    void theCoachFindsTheNoteBySearchingAWordInIt() {
        notesService.save(note.id(), note.version(), new NoteDraft("She finally took a quiet weekend.", List.of(), List.of()));
        navigate(NotesSearchView.class);
        test($(TextField.class).withLabel("Words").single()).setValue("weekend");
        test($(Button.class).withText("Search").single()).click();

        assertThat($(RouterLink.class).all()).singleElement()
                .satisfies(link -> assertThat(link.getText()).startsWith("Editor Reader · "));
        assertThat($(Span.class).withClassName("found").single().getText()).isEqualTo("weekend");
    }

    @Test
    void aHitShowsTheSessionsDateAndItsTextWithoutMarkdownCutAfterAWholeWord() {
        String opening = "**Boundaries** came up _again_: a [list](https://example.org) of what she will not do. ";
        notesService.save(note.id(), note.version(), new NoteDraft(opening + "Another sentence follows here. ".repeat(12), List.of(), List.of()));
        navigate(NotesSearchView.class);
        test($(Button.class).withText("Search").single()).click();

        String sessionDay = DateFormats.current().moment(session.booking().start().atZone(ZoneId.of("Europe/Berlin")));
        assertThat($(RouterLink.class).single().getText()).isEqualTo("Editor Reader · " + sessionDay);
        String snippet = $(Paragraph.class).withClassName("snippet").single().getText();
        assertThat(snippet).startsWith("Boundaries came up again: a list of what she will not do.").doesNotContain("**", "_", "](")
                .endsWith(" …").hasSizeLessThanOrEqualTo(SnippetText.OPENING_LENGTH + 2);
        String shown = snippet.substring(0, snippet.length() - 2);
        String whole = "Boundaries came up again: a list of what she will not do. " + "Another sentence follows here. ".repeat(12);
        assertThat(whole).as("cut after a whole word").startsWith(shown + " ");

        test($(TextField.class).withLabel("Words").single()).setValue("boundaries");
        test($(Button.class).withText("Search").single()).click();
        assertThat($(Span.class).withClassName("found").single().getText()).isEqualTo("Boundaries");
        assertThat($(Paragraph.class).withClassName("snippet").single().getElement().getTextRecursively()).startsWith("Boundaries came up")
                .doesNotContain("**");
    }
}
