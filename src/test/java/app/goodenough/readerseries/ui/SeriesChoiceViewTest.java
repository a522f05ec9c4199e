package app.goodenough.readerseries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.ui.BookView;
import app.goodenough.readerseries.SeriesOffer;
import app.goodenough.readerseries.SeriesOfferService;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.support.Demo;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coach offers the intro call as a series; a reader ticks it on the booking page, sees every session and books the free ones. */
class SeriesChoiceViewTest extends ViewTest {

    @Autowired SeriesOfferService offers;
    @Autowired SessionTypeService sessionTypes;
    @Autowired SeriesOfferLinks links;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void noSeriesOfTheIntroCallAgain() {
        signIn.during(Demo.COACH, () -> {
            offers.offer(introCall(), null);
            return null;
        });
    }

    @Test
    void theCoachOffersASeriesAndAReaderBooksItsFreeSessionsFromTheBookingPage() {
        signIn.as(Demo.COACH);
        UI.getCurrent().navigate("coach/session-types");
        Button series = (Button) links.linkFor(sessionTypes.mySessionType(introCall()).orElseThrow());
        UI.getCurrent().add(series);
        test(series).click();
        test($(Checkbox.class).withLabel("Readers may book this as a series").single()).click();
        test($(IntegerField.class).withLabel("Sessions").single()).setValue(4);
        test($(Button.class).withText("Save").single()).click();
        assertThat(offers.myOffer(introCall())).contains(new SeriesOffer(4, 1));
        signIn.out();

        UI.getCurrent().navigate(BookView.class, QueryParameters.empty());
        test($(Button.class).withAriaLabel("Intro call, 20 minutes").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = $(ComboBox.class).withLabel("Your time zone").single();
        zone.setValue("America/New_York");
        test($(Button.class).withClassName("next-free").single()).click();
        test($(Button.class).withClassName("time").first()).click();
        test($(TextField.class).withLabel("Your name").single()).setValue("Robin Series");
        String email = "series-" + UUID.randomUUID() + "@example.org";
        test($(EmailField.class).withLabel("Email").single()).setValue(email);
        test($(Checkbox.class).withLabel("Book 4 sessions, every week, at this time").single()).click();
        List<ListItem> sessions = $(ListItem.class).withClassName("series-free").all();
        assertThat(sessions.size() + $(ListItem.class).withClassName("series-left-out").all().size()).isEqualTo(4);
        assertThat(sessions.getFirst().getText()).contains("(America/New_York)").endsWith("· free");
        test($(Button.class).withText("Book these sessions").single()).click();

        assertThat($(H2.class).withText("You're booked").exists()).isTrue();
        assertThat($(ListItem.class).all().stream().filter(item -> item.getParent().map(list -> list.hasClassName("series-dates")).orElse(false)))
                .hasSize(sessions.size() - 1);
        assertThat(jdbc.queryForList("select b.series_position from booking b join account a on a.id = b.client_id where a.email = ? "
                + "order by b.series_position", Integer.class, email)).hasSize(sessions.size()).first().isEqualTo(1);
    }

    private SessionTypeId introCall() {
        return new SessionTypeId(jdbc.queryForObject("select id from session_type where name = 'Intro call' and active order by created_at limit 1",
                UUID.class));
    }
}
