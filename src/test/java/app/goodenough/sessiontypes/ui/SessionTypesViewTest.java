package app.goodenough.sessiontypes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.sessiontypes.SessionType;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionTypesViewTest extends ViewTest {

    @BeforeEach
    void signInAsATestCoach() {
        signIn.as(testPractice.open("Europe/Berlin").coach().email());
    }

    @Test
    void theCoachAddsASessionTypeAfterFixingItsName() {
        navigate(SessionTypesView.class);
        test($(Button.class).withText("New session type").single()).click();
        test($(Button.class).withText("Save").single()).click();
        TextField name = $(TextField.class).withLabel("Name").single();
        assertThat(name.getErrorMessage()).isEqualTo("Give the session a name.");

        test(name).setValue("Walk and talk");
        test($(TextField.class).withLabel("Price shown").single()).setValue("70 €");
        Select<String> colour = $(Select.class).withLabel("Colour in the calendar").single();
        colour.setValue("#3b7699");
        test($(Button.class).withText("Save").single()).click();

        @SuppressWarnings("unchecked")
        Grid<SessionType> grid = $(Grid.class).single();
        assertThat(grid.getGenericDataView().getItems().map(SessionType::name)).contains("Coaching session", "Walk and talk");
    }
}
