package app.goodenough.takeaways.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.notes.Note;
import app.goodenough.notes.NotesService;
import app.goodenough.notes.ui.NoteEditorView;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TakeawayViewTest extends ViewTest {

    @Autowired NotesService notes;
    @Autowired JdbcTemplate jdbc;
    TestPractice.Practice practice;
    Confirmation session;
    Note note;

    @BeforeEach
    void samHadASessionWithATestCoach() {
        practice = testPractice.open("Europe/Berlin");
        session = testPractice.bookFirstFreeTimeAs(practice, 2, Demo.SAM);
        signIn.as(practice.coach().email());
        note = notes.noteForSession(session.booking().id());
        TestClock.get().runFrom(session.booking().end());
    }

    @Test
    void theCoachWritesATakeawayBesideTheNoteSharesItAfterAskingAndSamSeesOnlyIt() {
        navigate(NoteEditorView.class, note.id().toString());
        test($(TextArea.class).withLabelContaining("Note").single()).setValue("Private: tired, guarded about work.");
        TextArea takeaway = $(TextArea.class).withLabel("Takeaway for the client").single();
        assertThat(takeaway.getHelperText()).contains("Sam Rivera sees this in My sessions, once you share it");
        assertThat(state()).isEqualTo("Not shared yet: only you see it.");

        test(takeaway).setValue("Send one email before it feels ready.");
        test($(Checkbox.class).withLabel("Also send it by email").single()).click();
        test($(Button.class).withText("Share with Sam Rivera…").single()).click();
        ConfirmDialog asked = $(ConfirmDialog.class).single();
        assertThat(test(asked).getText()).contains("will see this takeaway in My sessions and get it by email");
        test(asked).confirm();

        assertThat(state()).startsWith("Shared with Sam Rivera ");
        assertThat($(Button.class).withText("Share the changes…").single().isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where kind = 'TAKEAWAY' and recipient_email = ?", Integer.class,
                Demo.SAM)).isEqualTo(1);

        signIn.as(Demo.SAM);
        navigate("my/sessions", com.vaadin.flow.component.Component.class);
        assertThat($(Paragraph.class).withClassName("takeaway-text").all()).extracting(Paragraph::getText)
                .contains("Send one email before it feels ready.");
        assertThat($(Paragraph.class).withTextContaining("guarded about work").exists()).isFalse();
    }

    @Test
    void signingTheNoteFreezesTheTakeaway() {
        navigate(NoteEditorView.class, note.id().toString());
        test($(TextArea.class).withLabelContaining("Note").single()).setValue("Done.");
        test($(TextArea.class).withLabel("Takeaway for the client").single()).setValue("Rest on Sunday.");
        test($(Button.class).withText("Sign and lock…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        TextArea frozen = $(TextArea.class).withLabel("Takeaway for the client").single();
        assertThat(frozen.isReadOnly()).isTrue();
        assertThat(frozen.getValue()).isEqualTo("Rest on Sunday.");
        assertThat($(Button.class).withText("Share with Sam Rivera…").single().isEnabled()).as("still shareable as signed").isTrue();
    }

    private String state() {
        return $(Paragraph.class).withClassName("takeaway-state").single().getText();
    }
}
