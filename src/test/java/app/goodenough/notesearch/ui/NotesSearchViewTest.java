package app.goodenough.notesearch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingService;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotesSearchViewTest extends ViewTest {

    @Autowired BookingService bookingService;
    @Autowired NotesService notesService;
    Note note;

    @BeforeEach
    void aSessionWithANote() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        LocalDate day = TestClock.get().today(practice.zone()).plusDays(4);
        Instant start = bookingService.freeTimesOn(practice.session().id(), day, practice.zone()).getFirst();
        Confirmation session = bookingService.book(new BookingRequest(practice.session().id(), start, "Editor Reader",
                "search-" + UUID.randomUUID() + "@example.org", "", "redefine-success", "", "Europe/Berlin", UUID.randomUUID()));
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
