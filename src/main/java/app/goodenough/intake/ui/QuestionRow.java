package app.goodenough.intake.ui;

import app.goodenough.intake.IntakeQuestion;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** One question in the editor: its wording, its kind, the choices of a choice question, and whether it must be answered. */
class QuestionRow extends Div {

    /** Room for the most choices of a question, one per line. */
    private static final int MAX_CHOICES_TEXT = IntakeQuestion.MAX_CHOICES * (IntakeQuestion.MAX_CHOICE_LENGTH + 1);

    final TextField prompt = TextLimits.atMost(IntakeQuestion.MAX_PROMPT_LENGTH, new TextField("Question"));
    final Select<IntakeQuestion.Kind> kind = new Select<>();
    final TextArea choices = TextLimits.atMost(MAX_CHOICES_TEXT, new TextArea("Choices, one per line"));
    final Checkbox required = new Checkbox("Must be answered");

    QuestionRow(IntakeQuestion question, Consumer<QuestionRow> remove) {
        addClassName("intake-question");
        prompt.setValue(question.prompt());
        prompt.setWidthFull();
        kind.setLabel("Answer");
        kind.setItems(IntakeQuestion.Kind.values());
        kind.setItemLabelGenerator(IntakeQuestion.Kind::label);
        kind.setValue(question.kind());
        choices.setValue(String.join("\n", question.choices()));
        choices.setVisible(question.kind() == IntakeQuestion.Kind.CHOICE);
        kind.addValueChangeListener(change -> choices.setVisible(change.getValue() == IntakeQuestion.Kind.CHOICE));
        required.setValue(question.required());
        Button removeButton = new Button("Remove", click -> remove.accept(this));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeButton.setAriaLabel("Remove this question");
        add(prompt, kind, choices, required, removeButton);
    }

    /** The question as written; it is numbered when saved. */
    IntakeQuestion question(int position) {
        List<String> lines = kind.getValue() == IntakeQuestion.Kind.CHOICE ? Arrays.asList(choices.getValue().split("\n")) : List.of();
        return new IntakeQuestion(position, kind.getValue(), prompt.getValue(), lines, required.getValue());
    }
}
