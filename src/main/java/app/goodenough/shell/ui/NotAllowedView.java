package app.goodenough.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown to a signed-in person who opens a page their role does not include. */
@ParentLayout(MainLayout.class)
@PageTitle("Not available to you · Good Enough")
@PermitAll
public class NotAllowedView extends FriendlyErrorView<AccessDeniedException> {

    static final String TITLE = "This page isn't available to you";
    static final String EXPLANATION = "It belongs to another part of the practice. Use the menu to find your own pages.";

    public NotAllowedView() {
        super(TITLE, EXPLANATION, HttpServletResponse.SC_FORBIDDEN);
    }
}
