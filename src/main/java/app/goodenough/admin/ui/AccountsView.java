package app.goodenough.admin.ui;

import app.goodenough.account.Account;
import app.goodenough.admin.AccountAdminService;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/** The admin's list of everyone who can sign in, with opening and switching off accounts. */
@Route("admin/accounts")
@PageTitle("Accounts · Good Enough")
@Menu(order = 50, title = "Accounts")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends Main {

    private final AccountAdminService accountAdmin;
    private final Grid<Account> grid = new Grid<>();

    AccountsView(AccountAdminService accountAdmin, PracticeService practiceService) {
        this.accountAdmin = accountAdmin;
        addClassName("page");
        Button newAccount = new Button("New account",
                click -> new NewAccountDialog(practiceService::openAccount, this::refresh).open());
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(new HorizontalLayout(new H1("Accounts"), newAccount),
                new Paragraph("Everyone who can sign in. Switched-off accounts keep their history but cannot sign in."),
                grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(Account::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Account::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(account -> account.role().label()).setHeader("Role");
        grid.addColumn(account -> account.enabled() ? "Active" : "Switched off").setHeader("Status");
        grid.addColumn(account -> DateFormats.current().date(account.createdAt().atZone(ZoneOffset.UTC))).setHeader("Since");
        grid.addComponentColumn(this::enabledToggle).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private Component enabledToggle(Account account) {
        boolean switchOn = !account.enabled();
        Button button = new Button(switchOn ? "Switch on" : "Switch off", click -> {
            try {
                accountAdmin.setEnabled(account.id(), switchOn);
                refresh();
            } catch (InvalidInputException refusal) {
                Notification.show(refusal.problems().getFirst().message());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel((switchOn ? "Switch on " : "Switch off ") + account.email());
        return button;
    }

    private void refresh() {
        grid.setItems(accountAdmin.listAccounts());
    }
}
