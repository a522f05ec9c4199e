package app.goodenough.mysessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.booking.ui.DayStepViewTest;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.DateFormats;
import app.goodenough.support.Moments.Moment;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice.Practice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manage page's "Move to another time" at every awkward moment: it opens on the first
 * month with a free time and names that time, whatever day it is; the session moves there once
 * the client confirms "Move to …?".
 * A session inside the cancellation window says until when it could be changed, in the
 * client's zone.
 */
class ManageSessionAtEveryMomentTest extends DayStepViewTest {

    static final DateFormats FORMATS = DateFormats.practice();

    @Autowired ClientSessionsService sessions;
    @Autowired ManageLinks manageLinks;

    @ParameterizedTest(name = "{0}: {1}, client in {2}")
    @MethodSource("app.goodenough.support.Moments#forEveryCoachAndReader")
    void movingStartsAtTheFirstFreeTime(ZoneId coach, Moment moment, ZoneId client) {
        Practice practice = testPractice.openWithSundayNights(coach);
        TestClock.get().freezeAt(moment.at());
        Confirmation booked = testPractice.book(practice, testPractice.firstFreeStartFrom(practice, moment.at().toLocalDate().plusDays(3)), client);
        navigate("manage/" + manageLinks.tokenFor(booked.booking()), ManageSessionView.class);

        test($(Button.class).withText("Move to another time").single()).click();
        ZonedDateTime first = firstFreeDayByDay(practice.session().id(), client).orElseThrow().atZone(client);
        assertThat(nextFree().getText()).isEqualTo("Next free time: " + FORMATS.day(first) + ", " + FORMATS.time(first));
        assertThat(monthTitle()).isEqualTo(FORMATS.month(first));
        assertThat(freeDays()).first().isEqualTo(first.toLocalDate());
        test(nextFree()).click();
        test($(Button.class).withClassName("time").first()).click();
        assertThat($(Paragraph.class).withClassName("move-question").single().getText())
                .isEqualTo("Move to " + FORMATS.day(first) + ", " + FORMATS.time(first) + "?");
        assertThat(sessions.byLink(manageLinks.tokenFor(booked.booking())).start()).as("not before it is confirmed")
                .isEqualTo(booked.booking().start());
        test($(Button.class).withText("Confirm").single()).click();

        assertThat($(Paragraph.class).withTextContaining("Moved.").exists()).isTrue();
        assertThat(sessions.byLink(manageLinks.tokenFor(booked.booking())).start()).isEqualTo(first.toInstant());
    }

    @ParameterizedTest(name = "{0}: {1}, client in {2}")
    @MethodSource("app.goodenough.support.Moments#forEveryCoachAndReader")
    void theNextSessionCanBeChangedUntilTheWindowAndThePageSaysUntilWhen(ZoneId coach, Moment moment, ZoneId client) {
        Practice practice = testPractice.openWithSundayNights(coach);
        TestClock.get().freezeAt(moment.at());
        Instant start = testPractice.firstFreeStartFrom(practice, moment.at().toLocalDate());
        Confirmation booked = testPractice.book(practice, start, client);
        navigate("manage/" + manageLinks.tokenFor(booked.booking()), ManageSessionView.class);

        boolean changeable = moment.at().toInstant().isBefore(start.minusSeconds(24 * 3600));
        assertThat($(Button.class).withText("Move to another time").exists()).isEqualTo(changeable);
        if (!changeable) {
            assertThat($(Paragraph.class).withTextContaining("Sessions can be moved or cancelled here until ").single().getText())
                    .contains(FORMATS.moment(start.minusSeconds(24 * 3600).atZone(client)));
        }
    }
}
