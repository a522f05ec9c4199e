package app.goodenough.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingRequest;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.ClientSessionsService;
import app.goodenough.booking.Confirmation;
import app.goodenough.support.Demo;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientSessionViewsTest extends ViewTest {

    @Autowired TestPractice testPractice;
    @Autowired BookingService bookingService;
    @Autowired ClientSessionsService sessions;
    Confirmation booked;

    @BeforeEach
    void samBooksWithATestCoach() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Instant start = testPractice.freeTimes(practice, 5).getFirst();
        booked = signIn.during(Demo.SAM, () -> bookingService.book(new BookingRequest(practice.session().id(), start, "Sam Rivera",
                Demo.SAM, "", "", "", "Europe/Berlin", UUID.randomUUID())));
    }

    @AfterEach
    void closePractice() {
        testPractice.closeAll();
    }

    @Test
    void samSeesTheSessionAndCancelsItFromMySessions() {
        signIn.as(Demo.SAM);
        navigate(MySessionsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("My sessions");
        RouterLink manage = $(RouterLink.class).withText("Move or cancel").all().stream()
                .filter(link -> link.getHref().equals("manage/" + sessions.mySessions().stream()
                        .filter(session -> session.id().equals(booked.booking().id())).findFirst().orElseThrow().manageToken()))
                .findFirst().orElseThrow();

        navigate(manage.getHref(), ManageSessionView.class);
        test($(Button.class).withText("Cancel this session").single()).click();
        test($(TextArea.class).single()).setValue("Travelling that week.");
        test($(Button.class).withText("Cancel the session").single()).click();

        assertThat($(Paragraph.class).withText("This session is cancelled.").exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("Cancelled. A message confirming it").exists()).isTrue();
    }

    @Test
    void aBrokenLinkSaysSoAndOffersNothing() {
        signIn.out();
        navigate("manage/not-a-real-link", ManageSessionView.class);

        assertThat($(Paragraph.class).single().getText()).startsWith("This link is not valid.");
        assertThat($view(Button.class).all()).isEmpty();
    }
}
