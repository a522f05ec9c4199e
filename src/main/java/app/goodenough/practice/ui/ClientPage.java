package app.goodenough.practice.ui;

import app.goodenough.identity.AccountId;
import app.goodenough.shared.ui.RouteLinks;
import com.vaadin.flow.component.html.Anchor;

/** The address of a client's page, for the screens that lead to it without depending on it. */
public final class ClientPage {

    public static final String ROUTE = "coach/clients";

    private ClientPage() {
    }

    /** A link that opens the client's page inside the application, like a router link. */
    public static Anchor link(String text, AccountId clientId) {
        return RouteLinks.to(ROUTE + "/" + clientId.value(), text);
    }
}
