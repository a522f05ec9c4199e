package app.goodenough.intake.ui;

import app.goodenough.intake.IntakeAnswer;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.List;

/** A session's answers to its intake questions, each under its question as it was asked. */
public class IntakeAnswersList extends Div {

    public IntakeAnswersList(List<IntakeAnswer> answers) {
        addClassName("intake-answers");
        DescriptionList list = new DescriptionList();
        answers.forEach(answer -> list.add(new DescriptionList.Term(answer.prompt()), new DescriptionList.Description(answer.answer())));
        add(new H4("Answers when booking"), list);
    }
}
