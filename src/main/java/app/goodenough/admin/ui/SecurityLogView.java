package app.goodenough.admin.ui;

import app.goodenough.account.SecurityEvent;
import app.goodenough.admin.AccountAdminService;
import app.goodenough.identity.Roles;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.Locale;

/** The security log for the admin: sign-ins, failed sign-ins, password and account changes, newest first. */
@Route("admin/security")
@PageTitle("Security log · Good Enough")
@Menu(order = 70, title = "Security log")
@RolesAllowed(Roles.ADMIN)
class SecurityLogView extends Main {

    private static final int SHOWN = 500;

    SecurityLogView(AccountAdminService accountAdmin) {
        addClassName("page");
        Grid<SecurityEvent> events = new Grid<>();
        events.addColumn(event -> DateFormats.current().moment(event.at().atZone(ZoneOffset.UTC)) + " UTC").setHeader("When");
        events.addColumn(event -> event.kind().toLowerCase(Locale.ROOT).replace('_', ' ')).setHeader("What");
        events.addColumn(event -> event.accountEmail() == null ? "—" : event.accountEmail()).setHeader("Account");
        events.addColumn(event -> event.actorEmail() == null ? "—" : event.actorEmail()).setHeader("By");
        events.addColumn(event -> event.address() == null ? "—" : event.address()).setHeader("From");
        events.setItems(accountAdmin.securityLog(SHOWN));
        add(new H1("Security log"), new Paragraph("Entries are only ever added. A failed sign-in names the account only when "
                + "the typed address is one."), events);
    }
}
