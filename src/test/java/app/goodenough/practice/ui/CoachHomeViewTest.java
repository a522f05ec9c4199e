package app.goodenough.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CoachHomeViewTest extends ViewTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theCoachSeesTheirPracticeAndTheSevenPrinciplesInTheirColours() {
        signIn.as(Demo.COACH);
        navigate(CoachHomeView.class);

        int clients = jdbc.queryForObject("select count(*) from coach_client c join account a on a.id = c.coach_id where a.email = ?",
                Integer.class, Demo.COACH);
        assertThat($(Paragraph.class).withTextContaining("Europe/Berlin").single().getText())
                .isEqualTo("Your practice runs on Europe/Berlin time and has " + clients + " clients.");
        assertThat($(PrincipleCard.class).all()).hasSize(7)
                .first().satisfies(card -> assertThat(card.getStyle().get("--principle-colour")).isEqualTo("#b8643c"));
        assertThat($(H3.class).all()).extracting(H3::getText)
                .startsWith("Perfectionism isn't all bad")
                .contains("Black-and-white thinking")
                .endsWith("Redefine success in relationships");
    }
}
