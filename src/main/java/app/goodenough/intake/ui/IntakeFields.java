package app.goodenough.intake.ui;

import app.goodenough.intake.IntakeQuestion;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A session type's intake questions on the booking form, after the details: one field per question, of its kind. */
public class IntakeFields extends Div {

    private final Map<IntakeQuestion, HasValue<?, String>> fields = new LinkedHashMap<>();

    public IntakeFields(List<IntakeQuestion> questions) {
        addClassName("intake-fields");
        setVisible(!questions.isEmpty());
        if (!questions.isEmpty()) {
            add(new H3("A few questions"));
        }
        for (IntakeQuestion question : questions) {
            AbstractField<?, String> field = field(question);
            ((HasValue<?, ?>) field).setRequiredIndicatorVisible(question.required());
            fields.put(question, field);
            add(field);
        }
    }

    private static AbstractField<?, String> field(IntakeQuestion question) {
        return switch (question.kind()) {
            case SHORT_TEXT -> TextLimits.atMost(IntakeQuestion.MAX_SHORT_ANSWER, new TextField(question.prompt()));
            case LONG_TEXT -> TextLimits.atMost(IntakeQuestion.MAX_LONG_ANSWER, new TextArea(question.prompt()));
            case CHOICE -> choices(question.prompt(), question.choices());
            case YES_NO -> choices(question.prompt(), List.of("Yes", "No"));
        };
    }

    private static RadioButtonGroup<String> choices(String prompt, List<String> options) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(prompt);
        group.setItems(options);
        return group;
    }

    /** Marks refusals of answers at their questions. */
    public void listIn(FieldMessages messages) {
        fields.forEach((question, field) -> messages.field(question.field(), (HasValidation) field));
    }

    /** The answers by question position, unanswered ones left out. */
    public Map<Integer, String> answers() {
        Map<Integer, String> answers = new HashMap<>();
        fields.forEach((question, field) -> {
            String value = field.getValue();
            if (value != null && !value.isBlank()) {
                answers.put(question.position(), value);
            }
        });
        return answers;
    }
}
