package app.goodenough.mysessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.BookingService;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.NewSeries;
import app.goodenough.series.SeriesService;
import app.goodenough.support.Demo;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ClientSessionViewsTest extends ViewTest {

    @Autowired BookingService bookingService;
    @Autowired ClientSessionsService sessions;
    @Autowired ManageLinks manageLinks;
    @Autowired SeriesService series;
    @Autowired JdbcTemplate jdbc;
    TestPractice.Practice practice;
    Confirmation booked;

    @BeforeEach
    void samBooksWithATestCoach() {
        practice = testPractice.open("Europe/Berlin");
        Instant start = testPractice.freeTimes(practice, 5).getFirst();
        booked = signIn.during(Demo.SAM, () -> bookingService.book(new BookingRequest(practice.session().id(), start, "Sam Rivera",
                Demo.SAM, "", "", "", "Europe/Berlin", UUID.randomUUID())));
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
    void samSeesEachSessionOfHisSeriesWithItsPlaceAndCancelsTheSecondWithAllLaterOnes() {
        UUID key = UUID.randomUUID();
        List<Confirmation> seriesBooked = samsWeeklySeriesOfThree(key);
        signIn.as(Demo.SAM);
        navigate(MySessionsView.class);
        assertThat($(Paragraph.class).withClassName("series-place").all()).extracting(Paragraph::getText)
                .containsExactly("Session 1 of 3 · every week", "Session 2 of 3 · every week", "Session 3 of 3 · every week");

        navigate("manage/" + manageLinks.tokenFor(seriesBooked.get(1).booking()), ManageSessionView.class);
        assertThat($(Paragraph.class).withText("Session 2 of 3 · every week").exists()).isTrue();
        test($(Button.class).withText("Cancel this and all later ones").single()).click();
        test($(Button.class).withText("Cancel this and all later sessions").single()).click();

        assertThat($(Paragraph.class).withTextContaining("Cancelled, with all later sessions of the series.").exists()).isTrue();
        assertThat(jdbc.queryForList("select status from booking where series_id = ? order by series_position", String.class, key))
                .containsExactly("BOOKED", "CANCELLED", "CANCELLED");
    }

    @Test
    void samMovesTheSecondSessionOfHisSeriesWithTheLaterOneToTheNextFreeTime() {
        UUID key = UUID.randomUUID();
        List<Confirmation> seriesBooked = samsWeeklySeriesOfThree(key);
        signIn.as(Demo.SAM);

        navigate("manage/" + manageLinks.tokenFor(seriesBooked.get(1).booking()), ManageSessionView.class);
        test($(Button.class).withText("Move this and all later ones").single()).click();
        test($(Button.class).withClassName("next-free").single()).click();
        test($(Button.class).withClassName("time").first()).click();
        test($(Button.class).withText("Confirm").single()).click();
        assertThat($(ListItem.class).withClassName("series-free").all()).hasSize(2);
        assertThat($(Paragraph.class).withText("All 2 sessions can move.").exists()).isTrue();
        test($(Button.class).withText("Move them").single()).click();

        assertThat($(Paragraph.class).withTextContaining("Moved, with all later sessions of the series.").exists()).isTrue();
        List<Instant> starts = jdbc.queryForList("select starts_at from booking where series_id = ? order by series_position",
                java.sql.Timestamp.class, key).stream().map(java.sql.Timestamp::toInstant).toList();
        assertThat(starts.get(0)).isEqualTo(seriesBooked.get(0).booking().start());
        assertThat(starts.get(2)).as("a week after the second, at its new time").isEqualTo(starts.get(1).atZone(practice.zone()).plusWeeks(1)
                .toInstant());
        assertThat(starts.get(1)).isNotEqualTo(seriesBooked.get(1).booking().start());
    }

    /** The coach books Sam three weekly sessions at 11:00, from the day after his booked session on. */
    private List<Confirmation> samsWeeklySeriesOfThree(UUID key) {
        LocalDate first = booked.booking().start().atZone(practice.zone()).toLocalDate().plusDays(1);
        return signIn.during(practice.coach().email(), () -> series.book(new NewSeries(practice.session().id(),
                booked.booking().clientId(), first, LocalTime.of(11, 0), 1, 3, null, true, key), Set.of(1, 2, 3)));
    }

    @Test
    void aSessionBookedWithSamsAddressBySomeoneElseIsHisOnlyOnceHeSaysSo() {
        Confirmation onTrust = bookedWithSamsAddressBySomeoneElse();

        navigate("manage/" + manageLinks.tokenFor(onTrust.booking()), ManageSessionView.class);

        assertThat($(Paragraph.class).withTextContaining("booked with your email address. Is it yours?").exists()).isTrue();
        assertThat($(Button.class).withText("Move to another time").exists()).as("not movable before it is confirmed").isFalse();
        test($(Button.class).withText("Yes, it is my session").single()).click();

        assertThat($(Paragraph.class).withText("Confirmed. The session is in your sessions now.").exists()).isTrue();
        assertThat($(Button.class).withText("Move to another time").exists()).isTrue();
        assertThat(signIn.during(Demo.SAM, () -> sessions.mySessions())).anyMatch(session -> session.id().equals(onTrust.booking().id()));
    }

    @Test
    void samCancelsASessionHeDidNotBook() {
        Confirmation onTrust = bookedWithSamsAddressBySomeoneElse();

        navigate("manage/" + manageLinks.tokenFor(onTrust.booking()), ManageSessionView.class);
        test($(Button.class).withText("No, cancel it").single()).click();

        assertThat($(Paragraph.class).withText("Cancelled. Thank you for telling us.").exists()).isTrue();
        assertThat($(Paragraph.class).withText("This session is cancelled.").exists()).isTrue();
        assertThat(signIn.during(Demo.SAM, () -> sessions.mySessions())).noneMatch(session -> session.id().equals(onTrust.booking().id()));
    }

    @Test
    void aBrokenLinkSaysSoAndOffersNothing() {
        signIn.out();
        navigate("manage/not-a-real-link", ManageSessionView.class);

        assertThat($(Paragraph.class).single().getText()).startsWith("This link is not valid.");
        assertThat($view(Button.class).all()).isEmpty();
    }

    /** A reader who did not sign in books with Sam's address under another name. */
    private Confirmation bookedWithSamsAddressBySomeoneElse() {
        signIn.out();
        Instant start = testPractice.freeTimes(practice, 6).getFirst();
        return bookingService.book(new BookingRequest(practice.session().id(), start, "Someone Else", Demo.SAM, "", "", "",
                "Europe/Berlin", UUID.randomUUID()));
    }
}
