package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.security.ui.LoginView;
import app.goodenough.shell.ui.NotAllowedView;
import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every route in Vaadin's registry, opened as anonymous, client, coach and admin: "+" shows
 * the page (or where it leads the person), "L" sends to sign in, "-" is "not available to
 * you". A route that is not in the table fails the test.
 */
class RouteAccessMatrixTest extends ViewTest {

    /** Outcome for anonymous, client, coach, admin, in that order. */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("login", "++++"),
            Map.entry("home", "L+++"),
            Map.entry("book", "++++"),
            Map.entry("demo/mail", "++++"),
            Map.entry("manage/:___url_parameter", "++++"),
            Map.entry("check-in/:___url_parameter", "++++"),
            Map.entry("password/forgot", "++++"),
            Map.entry("password/set/:___url_parameter", "++++"),
            Map.entry("my/sessions", "L+--"),
            Map.entry("my/account", "L+--"),
            Map.entry("coach", "L-+-"),
            Map.entry("coach/calendar", "L-+-"),
            Map.entry("coach/availability", "L-+-"),
            Map.entry("coach/calendar-sync", "L-+-"),
            Map.entry("coach/session-types", "L-+-"),
            Map.entry("coach/session-types/questions/:___url_parameter", "L-+-"),
            Map.entry("coach/clients", "L-+-"),
            Map.entry("coach/clients/:___url_parameter", "L-+-"),
            Map.entry("coach/notes", "L-+-"),
            Map.entry("coach/insights", "L-+-"),
            Map.entry("coach/notes/edit/:___url_parameter", "L-+-"),
            Map.entry("admin/accounts", "L--+"),
            Map.entry("admin/outbox", "L--+"),
            Map.entry("admin/security", "L--+"),
            Map.entry("admin/backups", "L--+"),
            Map.entry("my/data", "L+--"),
            Map.entry("coach/data", "L-+-"));

    @Test
    void everyRouteLetsInExactlyWhoTheTableSays() {
        Map<String, String> actual = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String address = route.getTemplate().replace(":___url_parameter", "00000000-0000-0000-0000-000000000000");
            StringBuilder outcomes = new StringBuilder();
            for (String who : new String[] {null, Demo.SAM, Demo.COACH, Demo.ADMIN}) {
                if (who == null) {
                    signIn.out();
                } else {
                    signIn.as(who);
                }
                outcomes.append(outcome(route, open(address)));
            }
            actual.put(route.getTemplate(), outcomes.toString());
        }
        String table = actual.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining("\n"));
        assertThat(actual).as("route outcomes for anonymous, client, coach, admin:%n%s", table).isEqualTo(new TreeMap<>(EXPECTED));
    }

    private static char outcome(RouteData route, Component shown) {
        if (shown instanceof NotAllowedView) {
            return '-';
        }
        if (shown instanceof LoginView && route.getNavigationTarget() != LoginView.class) {
            return 'L';
        }
        return '+';
    }
}
