package app.goodenough.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.account.SecurityEvent;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClients;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityLogViewTest extends ViewTest {

    @Autowired TestClients testClients;

    @Test
    void theAdminSeesWhichAccountWasOpenedAndByWhom() {
        String email = testClients.withPassword("Logged Opening", "a first long password");

        signIn.as(Demo.ADMIN);
        navigate(SecurityLogView.class);

        @SuppressWarnings("unchecked")
        Grid<SecurityEvent> grid = $(Grid.class).single();
        assertThat(grid.getGenericDataView().getItems())
                .anySatisfy(event -> {
                    assertThat(event.kind()).isEqualTo("ACCOUNT_OPENED");
                    assertThat(event.accountEmail()).isEqualTo(email);
                    assertThat(event.actorEmail()).isEqualTo(Demo.ADMIN);
                });
    }
}
