package app.goodenough.security.ui;

import app.goodenough.database.DatabaseOutage;
import app.goodenough.shared.FloodGuard;
import app.goodenough.shell.ui.HomeView;
import app.goodenough.shell.ui.Trouble;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.security.web.WebAttributes;

/** Sign in with email and password. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Good Enough")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph waitNotice = new Paragraph();
    private final AuthenticationContext authenticationContext;

    public LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(forgot -> form.getUI().ifPresent(ui -> ui.navigate("password/forgot")));
        form.setI18n(texts());
        add(new H1("Good Enough"),
                new Paragraph("Sessions with your coach, and room to be human."),
                waitNotice, form);
        waitNotice.addClassName("wait-notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo(HomeView.ROUTE);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean databaseAway = parameters.containsKey("error") && lastSignInMetAnOutage();
        form.setError(parameters.containsKey("error") && !databaseAway);
        waitNotice.setText(databaseAway ? Trouble.DATABASE_AWAY.sentence() : parameters.getOrDefault("wait", List.of()).stream().findFirst()
                .filter(minutes -> minutes.matches("\\d{1,3}"))
                .map(minutes -> "Too many tries. For your safety, please try again in "
                        + FloodGuard.inMinutes(Long.parseLong(minutes)) + ".")
                .orElse(""));
    }

    /** Whether the last sign-in failed because the database was away, not because of what was typed. */
    private static boolean lastSignInMetAnOutage() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Throwable thrown && DatabaseOutage.isCauseOf(thrown);
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage().setMessage("The email or password is not right. Check both and try again.");
        i18n.getErrorMessage().setUsername("Enter your email address.");
        i18n.getErrorMessage().setPassword("Enter your password.");
        return i18n;
    }
}
