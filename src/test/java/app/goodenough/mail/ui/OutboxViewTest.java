package app.goodenough.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.booking.BookingService;
import app.goodenough.mail.OutboxService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.shell.ui.NotAllowedView;
import app.goodenough.support.Demo;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OutboxViewTest extends ViewTest {

    @Autowired OutboxService outboxService;
    @Autowired BookingService bookingService;

    @Test
    void theAdminSeesWhatWasWrittenToWhomAndHowItGoesButNeverTheLinks() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Instant start = testPractice.freeTimes(practice, 3).getFirst();
        bookingService.book(new BookingRequest(practice.session().id(), start, "Outbox Reader",
                "outbox-" + UUID.randomUUID() + "@example.org", "", "", "", "Europe/Berlin", UUID.randomUUID()));

        signIn.as(Demo.ADMIN);
        navigate(OutboxView.class);

        assertThat($(Div.class).withClassName("outbox-heading").all()).extracting(heading -> heading.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("New booking: Outbox Reader"))
                .anySatisfy(text -> assertThat(text).startsWith("Your session on ").contains(" is booked"));
        assertThat($(Div.class).withClassName("outbox-message").all()).isNotEmpty()
                .allSatisfy(message -> assertThat(message.getElement().getTextRecursively())
                        .doesNotContain("/manage/", "/password/set/", "http"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).noneMatch(href -> href.contains("/manage/") || href.contains("/password/"));
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
