package app.goodenough.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingService;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntakeQuestionsViewTest extends ViewTest {

    @Autowired BookingService bookingService;
    TestPractice.Practice practice;

    @BeforeEach
    void aCoachWithOneSessionType() {
        practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
    }

    @Test
    void theCoachAddsAChoiceQuestionFromTheSessionTypesAndAnEmptyOneIsMarked() {
        navigate("coach/session-types", com.vaadin.flow.component.Component.class);
        navigate("coach/session-types/questions/" + practice.session().id(), IntakeQuestionsView.class);
        test($(Button.class).withText("Add a question").single()).click();
        test($(Button.class).withText("Add a question").single()).click();
        List<TextField> prompts = $(TextField.class).withLabel("Question").all();
        test(prompts.getFirst()).setValue("How did you hear of us?");
        @SuppressWarnings("unchecked")
        Select<IntakeQuestion.Kind> kind = $(Select.class).withLabel("Answer").first();
        test(kind).selectItem("One choice of several");
        test($(TextArea.class).withLabel("Choices, one per line").first()).setValue("The article\nA friend\n");
        test($(Checkbox.class).withLabel("Must be answered").first()).click();

        test($(Button.class).withText("Save questions").single()).click();
        assertThat(prompts.get(1).getErrorMessage()).isEqualTo("Write the question, or remove it.");
        assertThat(bookingService.intakeQuestions(practice.session().id())).isEmpty();

        test($(Button.class).withText("Remove").all().get(1)).click();
        test($(Button.class).withText("Save questions").single()).click();
        assertThat($(Paragraph.class).withText("Saved: 1 question.").exists()).isTrue();
        assertThat(bookingService.intakeQuestions(practice.session().id())).containsExactly(
                new IntakeQuestion(1, IntakeQuestion.Kind.CHOICE, "How did you hear of us?", List.of("The article", "A friend"), true));
    }

    @Test
    void anotherCoachsSessionTypeHasNoQuestionsPage() {
        TestPractice.Practice other = testPractice.open("Europe/Berlin");
        navigate("coach/session-types/questions/" + other.session().id(), IntakeQuestionsView.class);
        assertThat($(Paragraph.class).withText("There is no such session type.").exists()).isTrue();
        assertThat($(Button.class).withText("Save questions").exists()).isFalse();
    }
}
