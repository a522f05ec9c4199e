package app.goodenough.practice.ui;

import app.goodenough.identity.Roles;
import app.goodenough.practice.CoachProfile;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.PrincipleService;
import app.goodenough.shared.ui.RouteLinks;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The coach's home: their practice at a glance and the seven principles they work with. */
@Route("coach")
@PageTitle("Your practice · Good Enough")
@Menu(order = 10, title = "Your practice")
@RolesAllowed(Roles.COACH)
class CoachHomeView extends Main {

    CoachHomeView(PracticeService practiceService, PrincipleService principleService) {
        addClassName("page");
        CoachProfile profile = practiceService.myProfile();
        Div principles = new Div();
        principles.addClassName("principle-grid");
        principleService.principles().forEach(principle -> principles.add(new PrincipleCard(principle)));
        Paragraph ways = new Paragraph(RouteLinks.to("coach/calendar", "Open your calendar"), new Text(" · "), RouteLinks.to("coach/notes", "Find a note"));
        ways.addClassName("home-ways");
        add(new H1("Hello, " + profile.displayName()),
                new Paragraph(practiceSummary(profile)), ways,
                new H2("The seven principles"),
                new Paragraph("Your sessions and notes speak this language: each booking can name one, each note can be tagged with several."),
                principles);
    }

    private static String practiceSummary(CoachProfile profile) {
        String clients = profile.clientCount() == 1 ? "1 client" : profile.clientCount() + " clients";
        return "Your practice runs on " + profile.timeZone().getId() + " time and has " + clients + ".";
    }
}
