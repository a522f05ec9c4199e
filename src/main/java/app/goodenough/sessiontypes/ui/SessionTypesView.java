package app.goodenough.sessiontypes.ui;

import app.goodenough.identity.Roles;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The kinds of session the coach offers: create, change, take off or put back on the booking page. */
@Route("coach/session-types")
@PageTitle("Session types · Good Enough")
@Menu(order = 40, title = "Session types")
@RolesAllowed(Roles.COACH)
class SessionTypesView extends Main {

    private final SessionTypeService sessionTypeService;
    private final List<SessionTypeLinks> links;
    private final Grid<SessionType> grid = new Grid<>();

    SessionTypesView(SessionTypeService sessionTypeService, List<SessionTypeLinks> links) {
        this.sessionTypeService = sessionTypeService;
        this.links = links;
        addClassName("page");
        Button create = new Button("New session type", click ->
                new SessionTypeDialog(null, type -> {
                    sessionTypeService.createMySessionType(type);
                    refresh();
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addComponentColumn(type -> new ColourSwatch(type.colour())).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionType::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(type -> type.durationMinutes() + " min").setHeader("Length");
        grid.addColumn(SessionType::priceLabel).setHeader("Price shown");
        grid.addColumn(type -> type.active() ? "Offered" : "Not offered").setHeader("On the booking page");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new Div(new H1("Session types"), create),
                new Paragraph("Taking a type off the booking page keeps every session already booked with it."),
                grid);
        refresh();
    }

    private Component actions(SessionType type) {
        Button change = new Button("Change", click -> new SessionTypeDialog(type, changed -> {
            sessionTypeService.updateMySessionType(type.id(), changed);
            refresh();
        }).open());
        Button toggle = new Button(type.active() ? "Take off" : "Offer again", click -> {
            sessionTypeService.setMySessionTypeActive(type.id(), !type.active());
            refresh();
        });
        for (Button button : new Button[] {change, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(button.getText() + " " + type.name());
        }
        Div actions = new Div(change, toggle);
        links.forEach(link -> actions.add(link.linkFor(type)));
        return actions;
    }

    private void refresh() {
        grid.setItems(sessionTypeService.mySessionTypes());
    }
}
