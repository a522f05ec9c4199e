package app.goodenough.clients.ui;

import app.goodenough.identity.Roles;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The coach's clients, each leading to their story. */
@Route("coach/clients")
@PageTitle("Clients · Good Enough")
@Menu(order = 15, title = "Clients")
@RolesAllowed(Roles.COACH)
class ClientsView extends Main {

    ClientsView(PracticeService practiceService) {
        addClassName("page");
        Grid<ClientSummary> grid = new Grid<>();
        grid.addComponentColumn(client -> new RouterLink(client.name(), ClientView.class, client.id().toString()))
                .setHeader("Name").setAutoWidth(true);
        grid.addColumn(ClientSummary::email).setHeader("Email").setAutoWidth(true);
        grid.setItems(practiceService.myClients());
        grid.setAllRowsVisible(true);
        add(new H1("Clients"), grid);
    }
}
