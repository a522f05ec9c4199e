package app.goodenough.checkins.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.checkins.CheckIn;
import app.goodenough.checkins.CheckInService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.Demo;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CheckInViewTest extends ViewTest {

    @Autowired CheckInService checkIns;
    TestPractice.Practice practice;
    Confirmation booked;

    @BeforeEach
    void samBooksWithATestCoach() {
        practice = testPractice.open("Europe/Berlin");
        booked = testPractice.bookFirstFreeTimeAs(practice, 5, Demo.SAM);
    }

    @Test
    void samChecksInFromMySessionsAndCanChangeItLater() {
        signIn.as(Demo.SAM);
        navigate("my/sessions", com.vaadin.flow.component.Component.class);
        String address = checkIns.myCheckInAddress(booked.booking().id());
        assertThat($(Anchor.class).withText("Check in before this session").all()).extracting(Anchor::getHref).contains(address);

        signIn.out();
        navigate(address, CheckInView.class);
        RadioButtonGroup<Integer> blackAndWhite = weight("3. Black-and-white thinking");
        assertThat(blackAndWhite.getHelperText()).isNotBlank();
        test(blackAndWhite).selectItem("4");
        test(weight("6. You don't have to be \"on\" all the time")).selectItem("1");
        test($(TextField.class).withCaption("What I'd like from this session").single()).setValue("A plan for Monday.");
        test($(Button.class).withText("Send my check-in").single()).click();

        assertThat($(Paragraph.class).withTextContaining("will see this before your session").exists()).isTrue();
        CheckIn stored = signIn.during(Demo.SAM, () -> checkIns.myCheckIns()).stream()
                .filter(checkIn -> checkIn.booking().equals(booked.booking().id())).findFirst().orElseThrow();
        assertThat(stored.weights()).isEqualTo(Map.of("black-and-white-thinking", 4, "not-always-on", 1));
        assertThat(stored.wish()).isEqualTo("A plan for Monday.");

        navigate(address, CheckInView.class);
        assertThat(weight("3. Black-and-white thinking").getValue()).isEqualTo(4);
        test(weight("3. Black-and-white thinking")).selectItem("I'd rather not say");
        test($(Button.class).withText("Send my changes").single()).click();
        assertThat(signIn.during(Demo.SAM, () -> checkIns.myCheckIns()).stream()
                .filter(checkIn -> checkIn.booking().equals(booked.booking().id())).findFirst().orElseThrow().weights())
                .isEqualTo(Map.of("not-always-on", 1));
    }

    @Test
    void aWishBeyondItsLimitIsMarkedAtTheFieldAndNothingIsStored() {
        String address = signIn.during(Demo.SAM, () -> checkIns.myCheckInAddress(booked.booking().id()));
        navigate(address, CheckInView.class);
        TextField wish = $(TextField.class).withCaption("What I'd like from this session").single();
        wish.setValue("x".repeat(CheckIn.MAX_WISH_LENGTH + 1));
        test($(Button.class).withText("Send my check-in").single()).click();

        assertThat(wish.isInvalid()).isTrue();
        assertThat(wish.getErrorMessage()).contains("300 characters");
        assertThat(signIn.during(Demo.SAM, () -> checkIns.myCheckIns())).noneMatch(checkIn -> checkIn.booking().equals(booked.booking().id()));
    }

    @Test
    void aBrokenLinkSaysSoAndOffersNothing() {
        navigate("check-in/not-a-real-link", CheckInView.class);

        assertThat($(Paragraph.class).single().getText()).startsWith("This link is not valid.");
        assertThat($view(Button.class).all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> weight(String label) {
        return $(RadioButtonGroup.class).withCaption(label).single();
    }
}
