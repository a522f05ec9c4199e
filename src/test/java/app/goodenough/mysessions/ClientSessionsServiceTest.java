package app.goodenough.mysessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.account.AccountService;
import app.goodenough.account.MyDetails;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.BerlinPracticeTest;
import app.goodenough.support.Demo;
import app.goodenough.support.LostDeadlock;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ClientSessionsServiceTest extends BerlinPracticeTest {

    @Autowired ClientSessionsService sessions;
    @Autowired ManageLinks manageLinks;
    @Autowired AccountService accountService;
    @Autowired TestClients testClients;
    @Autowired LostDeadlock lostDeadlock;

    @Test
    void aMoveThatLosesADeadlockRunsAgainAndIsDone() throws Exception {
        Confirmation booked = book(free.getFirst(), "deadlock-" + UUID.randomUUID() + "@example.org");
        String token = tokenOf(booked);

        ClientSession moved = lostDeadlock.around(practice.coach().id(), free.get(4), () -> sessions.moveByLink(token, free.get(4)));

        assertThat(moved.start()).isEqualTo(free.get(4));
    }

    @Test
    void theLinkOpensTheSessionMovesItAndCancelsItOnce() {
        Confirmation booked = book(free.getFirst(), "link-" + UUID.randomUUID() + "@example.org");
        String token = tokenOf(booked);

        assertThat(sessions.byLink(token).start()).isEqualTo(free.getFirst());
        ClientSession moved = sessions.moveByLink(token, free.get(4));
        assertThat(moved.start()).isEqualTo(free.get(4));
        assertThat(sessions.cancelByLink(token, "Something came up.").status()).isEqualTo(BookingStatus.CANCELLED);

        assertThatThrownBy(() -> sessions.cancelByLink(token, "")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("This session is cancelled; it cannot be changed any more.");
        assertThatThrownBy(() -> sessions.moveByLink(token, free.get(2))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("This session is cancelled");
        assertThat(jdbc.queryForList("select kind from booking_event where booking_id = ? order by at", String.class,
                booked.booking().id().value())).containsExactly("CREATED", "RESCHEDULED", "CANCELLED");
        assertThat(jdbc.queryForObject("select count(*) from time_claim where coach_id = ?", Integer.class,
                practice.coach().id().value())).isZero();
    }

    @Test
    void tamperedAndExpiredLinksAreRefusedWithoutSayingWhetherTheBookingExists() {
        Confirmation booked = book(free.getFirst(), "tamper-" + UUID.randomUUID() + "@example.org");
        String token = tokenOf(booked);
        String tampered = (token.charAt(3) == 'A' ? 'B' : 'A') + "";
        tampered = token.substring(0, 3) + tampered + token.substring(4);
        String expired = manageLinks.tokenFor(booked.booking().id(), TestClock.get().instant().minusSeconds(60));
        String unknown = manageLinks.tokenFor(new BookingId(UUID.randomUUID()), TestClock.get().instant().plusSeconds(3600));

        for (String bad : List.of(tampered, "", "not a token", token + "x", unknown)) {
            assertThatThrownBy(() -> sessions.byLink(bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("link: This link is not valid. Please use the link from your newest message about the session.");
            assertThatThrownBy(() -> sessions.cancelByLink(bad, "")).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> sessions.byLink(expired)).hasMessageContaining("This link has expired");
        assertThat(sessions.byLink(token).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void insideTheCancellationWindowTheServerRefusesAndSaysWhomToAsk() {
        Confirmation booked = book(free.getFirst(), "late-" + UUID.randomUUID() + "@example.org");
        jdbc.update("update availability_rule set cancellation_window_minutes = 10 * 24 * 60 where coach_id = ?",
                practice.coach().id().value());
        String token = tokenOf(booked);

        assertThat(sessions.byLink(token).changeableAt(TestClock.get().instant())).isFalse();
        assertThatThrownBy(() -> sessions.cancelByLink(token, "")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Now, please write to Test Coach at " + practice.coach().email());
        assertThatThrownBy(() -> sessions.moveByLink(token, free.get(4))).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booked.booking().id().value()))
                .isEqualTo("BOOKED");
    }

    @Test
    void aSignedInClientSeesOnlyTheirOwnSessions() {
        Confirmation sams = signIn.during(Demo.SAM, () -> book(free.getFirst(), Demo.SAM));

        signIn.as(Demo.SAM);
        assertThat(sessions.mySessions()).extracting(ClientSession::id).contains(sams.booking().id());
        signIn.as(Demo.ALEX);
        assertThat(sessions.mySessions()).extracting(ClientSession::id).doesNotContain(sams.booking().id());
        signIn.as(practice.coach().email());
        assertThatThrownBy(() -> sessions.mySessions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.manageTokenOf(sams.booking().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void mySessionsShowTimesInTheZoneTheClientChose() {
        String email = testClients.withPassword("Zoned Client", "a long enough password");
        Confirmation booked = signIn.during(email, () -> book(free.getFirst(), email));

        signIn.as(email);
        assertThat(sessions.mySessions()).singleElement().extracting(ClientSession::clientTimeZone).isEqualTo(ZoneId.of("Europe/Berlin"));
        accountService.changeMyDetails(new MyDetails("Zoned Client", "", "Asia/Tokyo"));
        assertThat(sessions.mySessions()).singleElement().satisfies(session -> {
            assertThat(session.id()).isEqualTo(booked.booking().id());
            assertThat(session.clientTimeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        });
    }

    private String tokenOf(Confirmation booked) {
        signIn.asSystem();
        String token = sessions.manageTokenOf(booked.booking().id());
        signIn.out();
        return token;
    }

    private Confirmation book(Instant start, String email) {
        return bookingService.book(new BookingRequest(practice.session().id(), start, "Link Reader", email, "", "not-always-on", "",
                "Europe/Berlin", UUID.randomUUID()));
    }
}
