package app.goodenough.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsightsViewTest extends ViewTest {

    @BeforeEach
    void aCoach() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        signIn.as(practice.coach().email());
    }

    @Test
    void theFunnelShowsAsAPictureAndATableAndABackwardPeriodIsMarkedAtItsField() {
        navigate(InsightsView.class);

        NativeTable table = $(NativeTable.class).single();
        assertThat(table.getCaptionText()).isEqualTo("What each part of the article led to");
        assertThat(table.getBody().getRowCount()).isEqualTo(8);
        assertThat(table.getBody().getRow(2).orElseThrow().getHeaderCell(0).orElseThrow().getText()).isEqualTo("3. Black-and-white thinking");
        assertThat($(Html.class).single().getElement().getOuterHTML()).startsWith("<svg").contains("opened the booking flow");

        DatePicker to = $(DatePicker.class).withLabel("To").single();
        test(to).setValue($(DatePicker.class).withLabel("From").single().getValue().minusDays(1));
        test($(Button.class).withText("Show").single()).click();

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).startsWith("Choose a first and a last day");
        assertThat($(NativeTable.class).exists()).isFalse();
    }
}
