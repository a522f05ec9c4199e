package app.goodenough.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.TestClients;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyDataViewTest extends ViewTest {

    @Autowired TestClients testClients;

    @BeforeEach
    void openYourData() {
        signIn.as(testClients.withPassword("Kit Ward", "kit's long password"));
        navigate(MyDataView.class);
    }

    @Test
    void theClientFindsTheDownloadAndAsksToBeForgotten() {
        assertThat($(Anchor.class).withText("Download my data").single().getHref()).isNotBlank();

        test($(TextArea.class).single()).setValue("I found my footing, thank you.");
        test($(Button.class).withText("Ask to be forgotten").single()).click();

        assertThat($(Paragraph.class).withTextContaining("You asked to be forgotten on ").exists()).isTrue();
        assertThat($(Button.class).withText("Ask to be forgotten").exists()).as("one open request at a time").isFalse();

        test($(Button.class).withText("Take my request back").single()).click();

        assertThat($(Button.class).withText("Ask to be forgotten").exists()).isTrue();
    }

    @Test
    void anOverlongReasonIsExplainedAtTheFieldAndNothingIsAsked() {
        TextArea reason = $(TextArea.class).single();
        reason.setValue("x".repeat(2001));
        test($(Button.class).withText("Ask to be forgotten").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Write at most 2,000 characters.");
        assertThat($(Paragraph.class).withTextContaining("You asked to be forgotten").exists()).isFalse();
    }
}
