package app.goodenough.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.html.DescriptionList;
import org.junit.jupiter.api.Test;

class MyAccountViewTest extends ViewTest {

    @Test
    void aClientSeesTheirOwnDetailsAndNoOneElses() {
        signIn.as(Demo.ALEX);
        navigate(MyAccountView.class);

        assertThat($(DescriptionList.Description.class).all()).extracting(DescriptionList.Description::getText)
                .contains("Alex Chen", Demo.ALEX)
                .doesNotContain("Sam Rivera", Demo.SAM);
    }
}
