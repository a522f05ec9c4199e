package app.goodenough.intake.ui;

import app.goodenough.identity.Roles;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.intake.IntakeService;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The questions a session type's booking form asks after the details; changing them never changes answers already given. */
@Route("coach/session-types/questions")
@PageTitle("Intake questions · Good Enough")
@RolesAllowed(Roles.COACH)
public class IntakeQuestionsView extends Main implements HasUrlParameter<String> {

    private final IntakeService intake;
    private final SessionTypeService sessionTypes;
    private final Div rows = new Div();
    private final Paragraph outcome = new Paragraph();
    private final List<QuestionRow> questions = new ArrayList<>();

    IntakeQuestionsView(IntakeService intake, SessionTypeService sessionTypes) {
        this.intake = intake;
        this.sessionTypes = sessionTypes;
        addClassNames("page", "intake-questions");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, String typeId) {
        removeAll();
        Optional<SessionType> type = sessionTypes.mySessionTypes().stream().filter(mine -> mine.id().value().toString().equals(typeId)).findFirst();
        if (type.isEmpty()) {
            add(new H1("Intake questions"), new Paragraph("There is no such session type."));
            return;
        }
        SessionTypeId id = type.get().id();
        questions.clear();
        rows.removeAll();
        intake.myQuestions(id).forEach(this::addRow);
        outcome.setText(questions.isEmpty() ? "No questions yet: the booking form asks only for the reader's details." : "");
        Button add = new Button("Add a question", click -> addRow(new IntakeQuestion(0, IntakeQuestion.Kind.SHORT_TEXT, "", List.of(), false)));
        Button save = new Button("Save questions", click -> save(id));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Questions for “" + type.get().name() + "”"),
                new Paragraph("The booking form asks these after the reader's details. You read the answers with the session. "
                        + "Changing the questions never changes answers already given."), rows, new Div(add, save), outcome);
    }

    private void addRow(IntakeQuestion question) {
        QuestionRow row = new QuestionRow(question, removed -> {
            questions.remove(removed);
            rows.remove(removed);
        });
        questions.add(row);
        rows.add(row);
    }

    private void save(SessionTypeId type) {
        FieldMessages messages = new FieldMessages().otherwise(outcome::setText);
        for (int i = 0; i < questions.size(); i++) {
            messages.field("prompt-" + (i + 1), questions.get(i).prompt).field("choices-" + (i + 1), questions.get(i).choices);
        }
        messages.clear();
        try {
            List<IntakeQuestion> written = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                written.add(questions.get(i).question(i + 1));
            }
            int saved = intake.replaceMyQuestions(type, written).size();
            outcome.setText("Saved: " + saved + " question" + (saved == 1 ? "" : "s") + ".");
        } catch (InvalidInputException refused) {
            outcome.setText("Not saved; see the marked fields.");
            messages.show(refused);
        }
    }
}
