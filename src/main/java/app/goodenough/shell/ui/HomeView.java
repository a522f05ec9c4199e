package app.goodenough.shell.ui;

import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where signing in leads: each person is sent to where their work is. */
@Route(HomeView.ROUTE)
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "home";

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.get().map(user -> homeOf(user.role())).orElse("login"));
    }

    static String homeOf(Role role) {
        return switch (role) {
            case COACH -> "coach";
            case ADMIN -> "admin/accounts";
            case CLIENT -> "my/sessions";
        };
    }
}
