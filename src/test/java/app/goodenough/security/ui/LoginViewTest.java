package app.goodenough.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewTest extends ViewTest {

    @Test
    void anonymousVisitorsOfAProtectedPageAreAskedToSignIn() {
        assertThat(open("coach")).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void aFailedSignInShowsTheErrorOnTheForm() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void someoneAlreadySignedInIsSentHome() {
        signIn.as(Demo.COACH);

        assertThat(open("login")).isNotInstanceOf(LoginView.class);
        assertThat(heading()).isEqualTo("Hello, Maren Albers");
    }
}
