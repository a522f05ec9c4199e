package app.goodenough.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to a page of the application by its address, for the pages that lead to it without
 * depending on its class; followed inside the application, without reloading, like a router link.
 */
public final class RouteLinks {

    private RouteLinks() {
    }

    public static Anchor to(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
