package app.goodenough.feeds.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.feeds.CalendarFeedService;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarSyncViewTest extends ViewTest {

    @Autowired CalendarFeedService feeds;
    @Autowired TestClients testClients;
    TestPractice.Practice practice;

    @BeforeEach
    void aCoach() {
        practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
    }

    @Test
    void theCoachMakesHerAddressSubscribesByLinkAndReplacesItAfterSayingSo() {
        open("coach/calendar-sync");
        assertThat($(TextField.class).withLabel("Your private calendar address").exists()).as("no address before she asks for one").isFalse();

        test($(Button.class).withText("Make my calendar address").single()).click();
        String first = $(TextField.class).withLabel("Your private calendar address").single().getValue();
        assertThat(first).contains("/feeds/").endsWith(".ics");
        assertThat($(Anchor.class).withText("Subscribe in your calendar app").single().getHref()).startsWith("webcal://");

        test($(Button.class).withText("Make a new address").single()).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("message")).contains("stops working at once");
        test(question).confirm();

        String second = $(TextField.class).withLabel("Your private calendar address").single().getValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.myAddress()).hasValueSatisfying(address -> assertThat(address.https()).isEqualTo(second));
    }

    @Test
    void aClientFindsTheirOwnAddressOnMySessions() {
        signIn.as(testClients.withPassword("Feed Client", TestPractice.PASSWORD));

        open("my/sessions");
        test($(Button.class).withText("Make my calendar address").single()).click();

        assertThat($(TextField.class).withLabel("Your private calendar address").single().getValue()).contains("/feeds/");
    }
}
