package app.goodenough.checkins.ui;

import app.goodenough.checkins.CheckInForm;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.checkins.CheckInService;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.practice.PrincipleService;
import app.goodenough.shared.InvalidInputException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A client's check-in before a session, opened by the link in the reminder (no password) or from
 * My sessions: made to take under a minute on a phone.
 */
@Route(CheckInLinks.ROUTE)
@PageTitle("Before your session · Good Enough")
@AnonymousAllowed
public class CheckInView extends Main implements HasUrlParameter<String> {

    private final CheckInService checkIns;
    private final PrincipleService principles;

    CheckInView(CheckInService checkIns, PrincipleService principles) {
        this.checkIns = checkIns;
        this.principles = principles;
        addClassNames("page", "check-in");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1("Before your session"));
        try {
            show(token, checkIns.byLink(token));
        } catch (InvalidInputException refused) {
            add(new Paragraph(refused.problems().getFirst().message()));
        }
    }

    private void show(String token, CheckInForm form) {
        add(new Paragraph(form.sessionTypeName() + " with " + form.coachName() + ", " + Times.moment(form.start(), form.clientZone())));
        if (!form.open()) {
            add(new Paragraph("This session is no longer open for a check-in."));
            return;
        }
        add(new CheckInFields(principles.principles(), form, answers -> checkIns.answerByLink(token, answers)));
    }
}
