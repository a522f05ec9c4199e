package app.goodenough.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A browser-free test of a screen, with the whole application behind it on real PostgreSQL. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired protected SignIn signIn;
    @Autowired protected TestPractice testPractice;

    @AfterEach
    void signOutAndClosePractices() {
        signIn.out();
        testPractice.closeAll();
    }

    /** Navigates to an address as a person would type it, and returns whatever the router showed. */
    protected Component open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            navigate(location, Component.class);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
        return (Component) getCurrentView();
    }

    protected String heading() {
        return $(H1.class).first().getText();
    }
}
