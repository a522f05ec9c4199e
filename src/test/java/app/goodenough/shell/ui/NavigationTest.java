package app.goodenough.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.identity.CurrentUser;
import app.goodenough.shared.DemoMode;
import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The menu shows what the signed-in role may use; other addresses are refused kindly. */
class NavigationTest extends ViewTest {

    @Autowired CurrentUser currentUser;
    @Autowired AuthenticationContext authenticationContext;

    @Test
    void theCoachIsSentToTheirPracticeAndSeesOnlyTheirMenu() {
        signIn.as(Demo.COACH);
        open("home");

        assertThat(heading()).isEqualTo("Hello, Maren Albers");
        assertThat(menu()).containsExactly("Your day", "Calendar", "Clients", "Notes", "Insights", "Availability", "Calendar sync", "Session types", "Client data",
                "Demo mailbox");
    }

    @Test
    void theAdminIsSentToAccountsAndSeesOnlyTheirMenu() {
        signIn.as(Demo.ADMIN);
        open("home");

        assertThat(heading()).isEqualTo("Accounts");
        assertThat(menu()).containsExactly("Accounts", "Outbox", "Security log", "Backups", "Demo mailbox");
    }

    @Test
    void aClientIsSentToTheirAccountAndSeesOnlyTheirMenu() {
        signIn.as(Demo.SAM);
        open("home");

        assertThat(heading()).isEqualTo("My sessions");
        assertThat(menu()).containsExactly("My sessions", "Your account", "Your data", "Demo mailbox");
    }

    @Test
    void theDemoMailboxIsInTheMenuOnlyInTheDemo() {
        signIn.as(Demo.SAM);

        MainLayout realPractice = new MainLayout(currentUser, authenticationContext, new DemoMode(false));

        assertThat(within(realPractice).filter(SideNavItem.class::isInstance).map(item -> ((SideNavItem) item).getLabel()))
                .containsExactly("My sessions", "Your account", "Your data");
    }

    @Test
    void aClientWhoOpensACoachPageIsToldItIsNotForThem() {
        signIn.as(Demo.SAM);

        assertThat(open("coach")).isInstanceOf(NotAllowedView.class);
        assertThat(heading()).isEqualTo("This page isn't available to you");
        assertThat(open("admin/accounts")).isInstanceOf(NotAllowedView.class);
        for (String coachPage : new String[] {"coach/calendar", "coach/availability", "coach/session-types"}) {
            assertThat(open(coachPage)).as(coachPage).isInstanceOf(NotAllowedView.class);
        }
    }

    @Test
    void theCoachCannotOpenTheAdminsPages() {
        signIn.as(Demo.COACH);

        assertThat(open("admin/accounts")).isInstanceOf(NotAllowedView.class);
        assertThat(open("my/account")).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void anAddressThatLeadsNowhereGetsAFriendlyPage() {
        signIn.as(Demo.SAM);

        assertThat(open("no/such/page")).isInstanceOf(NotFoundView.class);
        assertThat(heading()).isEqualTo("This page isn't here");
    }

    private static Stream<Component> within(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(NavigationTest::within));
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
