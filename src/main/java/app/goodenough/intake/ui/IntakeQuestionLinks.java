package app.goodenough.intake.ui;

import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.ui.SessionTypeLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;

/** From a session type in the coach's list to its intake questions. */
@org.springframework.stereotype.Component
class IntakeQuestionLinks implements SessionTypeLinks {

    @Override
    public Component linkFor(SessionType type) {
        RouterLink questions = new RouterLink("Questions", IntakeQuestionsView.class, type.id().toString());
        questions.getElement().setAttribute("aria-label", "Questions for " + type.name());
        return questions;
    }
}
