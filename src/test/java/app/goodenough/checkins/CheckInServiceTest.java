package app.goodenough.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.answertrail.AnswerTrail;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Check-ins on real PostgreSQL: answered by the reminder's link, read by the coach (recorded), refused to everyone else. */
class CheckInServiceTest extends ServiceTest {

    @Autowired CheckInService checkIns;
    @Autowired CheckInLinks links;
    @Autowired ManageLinks manageLinks;
    @Autowired CoachCalendarService calendar;
    @Autowired AnswerTrail trail;
    @Autowired TestClients testClients;
    TestPractice.Practice practice;
    Confirmation booked;
    String client;
    String token;

    @BeforeEach
    void aBookedSession() {
        practice = testPractice.open("Europe/Berlin");
        client = testClients.withPassword("Check In", TestPractice.PASSWORD);
        booked = testPractice.bookFirstFreeTimeAs(practice, 3, client);
        token = tokenOf(links.urlFor(booked.booking()));
    }

    @Test
    void theReminderCarriesTheLinkAndItStoresTheAnswersWithoutSigningIn() {
        assertThat(jdbc.queryForObject("select text_body from outbox_message where booking_id = ? and kind = 'REMINDER' and recipient_email = ?",
                String.class, booked.booking().id().value(), client)).contains("/check-in/" + token);

        checkIns.answerByLink(token, new CheckInAnswers(Map.of("black-and-white-thinking", 4, "not-all-bad", 0), "  Less all-or-nothing at work.  "));

        CheckInForm form = checkIns.byLink(token);
        assertThat(form.open()).isTrue();
        assertThat(form.answered().weights()).containsExactlyInAnyOrderEntriesOf(Map.of("black-and-white-thinking", 4, "not-all-bad", 0));
        assertThat(form.answered().wish()).isEqualTo("Less all-or-nothing at work.");

        checkIns.answerByLink(token, new CheckInAnswers(Map.of("mistakes-as-growth", 2), ""));
        assertThat(checkIns.byLink(token).answered().weights()).containsExactly(Map.entry("mistakes-as-growth", 2));
    }

    @Test
    void badAnswersAreRefusedAtTheirFieldsAndNothingIsStored() {
        assertThatThrownBy(() -> checkIns.answerByLink(token, new CheckInAnswers(Map.of("not-all-bad", 5, "redefine-success", -1), "x".repeat(301))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("weight-not-all-bad", "weight-redefine-success", "wish"));
        assertThatThrownBy(() -> checkIns.answerByLink(token, new CheckInAnswers(Map.of("no-such-principle", 1), "")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> checkIns.answerByLink(token, new CheckInAnswers(Map.of(), "a\u0000b")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(checkIns.byLink(token).answered()).isNull();
    }

    @Test
    void aLinkIsForOnePurposeOneSessionAndClosesWhenTheSessionStarts() {
        String manageToken = manageLinks.tokenFor(booked.booking());
        String changed = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);

        for (String wrong : new String[] {manageToken, changed, "", "not-a-token", "%%%"}) {
            assertThatThrownBy(() -> checkIns.byLink(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> assertThat(refused.problems().getFirst().message()).startsWith("This link is not valid"));
        }
        TestClock.get().runFrom(booked.booking().start());
        assertThatThrownBy(() -> checkIns.answerByLink(token, new CheckInAnswers(Map.of(), "late")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().message()).contains("the session has started"));
    }

    @Test
    void aCancelledSessionTakesNoCheckIn() {
        signIn.as(practice.coach().email());
        calendar.cancel(booked.booking().id(), "");
        signIn.out();

        assertThat(checkIns.byLink(token).open()).isFalse();
        assertThatThrownBy(() -> checkIns.answerByLink(token, new CheckInAnswers(Map.of(), "")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().message()).contains("no longer booked"));
    }

    @Test
    void theCoachReadsHerClientsCheckInsAndEachShowingIsRecordedAnotherCoachSeesNone() {
        checkIns.answerByLink(token, new CheckInAnswers(Map.of("not-always-on", 3), "Rest."));
        TestPractice.Practice other = testPractice.open("Europe/Berlin");

        signIn.as(other.coach().email());
        assertThat(checkIns.ofSession(booked.booking().id())).isEmpty();
        assertThat(checkIns.ofClient(booked.booking().clientId())).isEmpty();

        signIn.as(practice.coach().email());
        assertThat(checkIns.ofSession(booked.booking().id())).get().extracting(CheckIn::wish).isEqualTo("Rest.");
        assertThat(checkIns.ofClient(booked.booking().clientId())).singleElement().extracting(CheckIn::weights)
                .isEqualTo(Map.of("not-always-on", 3));
        assertThat(trail.timesShown(practice.coach().id(), booked.booking().clientId(), AnswerTrail.Shown.CHECK_IN)).isEqualTo(1);
        assertThat(trail.timesShown(practice.coach().id(), booked.booking().clientId(), AnswerTrail.Shown.CHECK_INS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from answer_read where coach_id = ?", Integer.class, other.coach().id().value())).isZero();
    }

    @Test
    void aClientSeesOnlyTheirOwnCheckInsAndGetsALinkOnlyForTheirOwnSession() {
        checkIns.answerByLink(token, new CheckInAnswers(Map.of("redefine-success", 1), "Mine."));
        String someoneElse = testClients.withPassword("Someone Else", TestPractice.PASSWORD);
        Confirmation theirs = testPractice.bookFirstFreeTimeAs(practice, 4, someoneElse);

        signIn.as(client);
        assertThat(checkIns.myCheckIns()).singleElement().extracting(CheckIn::wish).isEqualTo("Mine.");
        assertThat(checkIns.myCheckInAddress(booked.booking().id())).isEqualTo("check-in/" + token);
        assertThatThrownBy(() -> checkIns.myCheckInAddress(theirs.booking().id())).isInstanceOf(InvalidInputException.class);

        signIn.as(someoneElse);
        assertThat(checkIns.myCheckIns()).isEmpty();
    }

    @Test
    void aMovedSessionsReminderCarriesALinkThatLastsUntilItsNewStart() {
        signIn.as(practice.coach().email());
        calendar.reschedule(booked.booking().id(), booked.booking().start().plus(Duration.ofDays(1)));
        signIn.out();

        String newToken = tokenOf(jdbc.queryForObject("select text_body from outbox_message where booking_id = ? and kind = 'REMINDER' "
                + "and recipient_email = ? and voided_at is null", String.class, booked.booking().id().value(), client));
        TestClock.get().runFrom(booked.booking().start().plus(Duration.ofHours(1)));

        checkIns.answerByLink(newToken, new CheckInAnswers(Map.of(), "Still in time."));
        assertThat(checkIns.byLink(newToken).answered().wish()).isEqualTo("Still in time.");
    }

    private static String tokenOf(String text) {
        int at = text.indexOf("/check-in/") + "/check-in/".length();
        int end = at;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-' || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(at, end);
    }
}
