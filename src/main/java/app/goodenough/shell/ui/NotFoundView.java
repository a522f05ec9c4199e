package app.goodenough.shell.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that leads nowhere. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Good Enough")
@AnonymousAllowed
public class NotFoundView extends FriendlyErrorView<NotFoundException> {

    public NotFoundView() {
        super("This page isn't here",
                "The address may be mistyped, or the page may have moved. Nothing you did is lost.",
                HttpServletResponse.SC_NOT_FOUND);
    }
}
