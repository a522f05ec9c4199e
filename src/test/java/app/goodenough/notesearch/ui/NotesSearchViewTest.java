package app.goodenough.notesearch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotesSearchViewTest extends ViewTest {

    @Autowired NotesService notesService;
    Note note;

    @BeforeEach
    void aSessionWithANote() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Confirmation session = testPractice.bookFirstFreeTime(practice, 4, "Editor Reader", "redefine-success");
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
}
