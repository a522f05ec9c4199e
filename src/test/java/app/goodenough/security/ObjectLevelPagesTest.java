package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.Demo;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The addresses that carry an id, opened by the demo coach with another coach's id and with
 * an id that does not exist: the page says the same, word for word.
 */
class ObjectLevelPagesTest extends ViewTest {

    @Autowired NotesService notesService;
    Confirmation theirSession;
    Note theirNote;

    @BeforeEach
    void anotherCoachWithAClientAndANote() {
        TestPractice.Practice theirs = testPractice.open("Europe/Berlin");
        theirSession = testPractice.bookFirstFreeTime(theirs, 4);
        signIn.as(theirs.coach().email());
        theirNote = notesService.noteForSession(theirSession.booking().id());
        notesService.save(theirNote.id(), theirNote.version(), new NoteDraft("Only for the other coach.", List.of(), List.of()));
        signIn.as(Demo.COACH);
    }

    @Test
    void anotherCoachsClientReadsLikeNoClient() {
        assertThat(pageText("/coach/clients/" + theirSession.booking().clientId().value()))
                .isEqualTo(pageText("/coach/clients/" + UUID.randomUUID()))
                .contains("There is no such client.")
                .doesNotContain(theirSession.clientName());
    }

    @Test
    void anotherCoachsNoteReadsLikeNoNote() {
        assertThat(pageText("/coach/notes/edit/" + theirNote.id().value()))
                .isEqualTo(pageText("/coach/notes/edit/" + UUID.randomUUID()))
                .contains("There is no such note.")
                .doesNotContain("Only for the other coach.");
    }

    private String pageText(String location) {
        return open(location).getElement().getTextRecursively();
    }
}
