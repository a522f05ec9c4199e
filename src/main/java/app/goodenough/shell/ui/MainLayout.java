package app.goodenough.shell.ui;

import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.SignedInUser;
import app.goodenough.shared.DemoMode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every page: the practice's name, a menu of what the signed-in person may
 * use (derived from the routes' own access rules), and signing in or out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /** The demo's stand-in for email ({@code mail.ui.DemoMailboxView}), in the menu only in the demo. */
    private static final String DEMO_MAILBOX = "demo/mail";

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, DemoMode demo) {
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        Anchor brand = new Anchor("/", "Good Enough");
        brand.addClassName("brand");
        addToNavbar(new DrawerToggle(), brand);
        addToDrawer(drawerBrand(), menu(demo), account(currentUser, authenticationContext));
    }

    private static Component drawerBrand() {
        Div brand = new Div(new Span("Good Enough"), new Span("functional over flawless"));
        brand.addClassName("drawer-brand");
        return brand;
    }

    private static SideNav menu(DemoMode demo) {
        SideNav nav = new SideNav();
        nav.setLabel("Menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        if (demo.isOn()) {
            nav.addItem(new SideNavItem("Demo mailbox", DEMO_MAILBOX));
        }
        return nav;
    }

    private static Component account(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        Div account = new Div();
        account.addClassName("drawer-account");
        currentUser.get().ifPresentOrElse(
                user -> account.add(signedIn(user), signOut(authenticationContext)),
                () -> account.add(new Anchor("/login", "Sign in")));
        return account;
    }

    private static Component signedIn(SignedInUser user) {
        Span who = new Span(user.displayName() + " · " + user.role().label());
        who.addClassName("signed-in-as");
        return who;
    }

    private static Component signOut(AuthenticationContext authenticationContext) {
        Button button = new Button("Sign out", click -> authenticationContext.logout());
        button.addClassName("sign-out");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
