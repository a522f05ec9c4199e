package app.goodenough.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.base.ui.NotAllowedView;
import app.goodenough.mail.OutboxService;
import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OutboxViewTest extends ViewTest {

    @Autowired OutboxService outboxService;

    @Test
    void theAdminSeesTheDemoPracticesMessagesWithTheirLinks() {
        signIn.as(Demo.ADMIN);
        navigate(OutboxView.class);

        assertThat($(Div.class).withClassName("outbox-message").all()).isNotEmpty();
        assertThat($(Div.class).withClassName("outbox-heading").all()).extracting(heading -> heading.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("New booking: Sam Rivera"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).anySatisfy(href -> assertThat(href).contains("/coach/calendar?view=day"));
    }

    @Test
    void noOneButTheAdminReadsTheOutbox() {
        for (String email : new String[] {Demo.COACH, Demo.SAM}) {
            signIn.as(email);
            navigate("admin/outbox", Component.class);
            assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
            assertThatThrownBy(() -> outboxService.newest(10)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
