package app.goodenough.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.calendar.BookingEvent;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.mysessions.ClientSession;
import app.goodenough.mysessions.ClientSessionsService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.BerlinPracticeTest;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader who does not sign in and types an address that already has an account books on
 * trust: the answer tells the reader nothing about the account, the session is not the owner's
 * until the owner confirms it by the link sent to the address, and a staff address can never
 * be made a client's.
 */
class BookingOnTrustTest extends BerlinPracticeTest {

    @Autowired ClientSessionsService sessions;
    @Autowired CoachCalendarService calendar;
    @Autowired ManageLinks manageLinks;
    @Autowired TestClients testClients;
    @Autowired PracticeService practiceService;

    @Test
    void theAnswerSaysBackWhatWasTypedAndTheSessionWaitsForTheOwner() {
        String owner = testClients.withPassword("Olive Owner", "a long walk home");

        Confirmation booked = book(free.getFirst(), owner.toUpperCase(Locale.ROOT), "Mallory Stranger");

        assertThat(booked.booking().typedName()).isEqualTo("Mallory Stranger");
        assertThat(booked.booking().awaitsClient()).isTrue();
        assertThat(signIn.during(owner, () -> sessions.mySessions())).isEmpty();
        signIn.as(practice.coach().email());
        assertThat(calendar.myBooking(booked.booking().id())).satisfies(details -> {
            assertThat(details.clientName()).isEqualTo("Mallory Stranger");
            assertThat(details.awaitsClient()).isTrue();
        });
        assertThat(practiceService.myClients()).extracting(ClientSummary::email).doesNotContain(owner);
        signIn.out();
        assertThat(letters(booked)).doesNotContainKey("REMINDER")
                .hasEntrySatisfying("CONFIRMATION", subject -> assertThat(subject).startsWith("Please confirm: a session on"));
    }

    @Test
    void whenTheOwnerConfirmsItIsTheirsWithItsReminders() {
        String owner = testClients.withPassword("Carla Confirmer", "a long walk home");
        Confirmation booked = book(free.getFirst(), owner, "Carla");
        String token = manageLinks.tokenFor(booked.booking());
        assertThatThrownBy(() -> sessions.moveByLink(token, free.get(4))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("confirm that the session is yours first");

        ClientSession confirmed = sessions.confirmByLink(token);

        assertThat(confirmed.awaitsConfirmation()).isFalse();
        assertThat(signIn.during(owner, () -> sessions.mySessions())).extracting(ClientSession::id).containsExactly(booked.booking().id());
        assertThat(letters(booked)).containsKey("REMINDER");
        signIn.as(practice.coach().email());
        assertThat(calendar.myBooking(booked.booking().id()).clientName()).isEqualTo("Carla Confirmer");
        assertThat(calendar.myBooking(booked.booking().id()).history()).extracting(BookingEvent::kind).contains("CONFIRMED");
    }

    @Test
    void theBookersCopyOfTheLinkMovesAndCancelsButNeverMakesTheSessionTheOwners() {
        String owner = testClients.withPassword("Bea Bystander", "a long walk home");
        Confirmation booked = book(free.getFirst(), owner, "Mallory Stranger");
        String bookers = manageLinks.bookersTokenFor(booked.booking());
        assertThat(bookers).isNotEqualTo(manageLinks.tokenFor(booked.booking()));
        assertThat(manageLinks.read(bookers)).hasValueSatisfying(link -> assertThat(link.bookersCopy()).isTrue());
        assertThat(manageLinks.read(manageLinks.tokenFor(booked.booking()))).hasValueSatisfying(link -> assertThat(link.bookersCopy()).isFalse());

        assertThat(sessions.byLink(bookers).awaitsConfirmation()).as("the booker is not asked whose it is").isFalse();
        assertThat(sessions.confirmByLink(bookers).manageToken()).isEqualTo(bookers);
        assertThat(jdbc.queryForObject("select awaits_client from booking where id = ?", Boolean.class, booked.booking().id().value()))
                .as("still waits for the address's owner").isTrue();
        assertThat(signIn.during(owner, () -> sessions.mySessions())).isEmpty();

        ClientSession moved = sessions.moveByLink(bookers, free.get(4));
        assertThat(moved.start()).isEqualTo(free.get(4));
        assertThat(sessions.cancelByLink(bookers, "changed my mind").status()).isEqualTo(BookingStatus.CANCELLED);
        byte[] altered = Base64.getUrlDecoder().decode(bookers);
        altered[24] ^= 1;
        assertThat(manageLinks.read(Base64.getUrlEncoder().withoutPadding().encodeToString(altered))).isEmpty();
    }

    @Test
    void theOwnerWhoDidNotBookItCancelsItEvenInsideTheWindow() {
        String owner = testClients.withPassword("Nora Notme", "a long walk home");
        Confirmation booked = book(free.getFirst(), owner, "Somebody");
        TestClock.get().freezeAt(booked.booking().start().minusSeconds(3600));

        assertThat(sessions.cancelByLink(manageLinks.tokenFor(booked.booking()), "not me").status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void aStaffAddressLooksTheSameToTheReaderAndIsNeverMadeAClient() {
        Confirmation booked = book(free.getFirst(), Demo.ADMIN, "Pretending Reader");
        assertThat(booked.booking().awaitsClient()).isTrue();

        assertThatThrownBy(() -> sessions.confirmByLink(manageLinks.tokenFor(booked.booking())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("belongs to the practice's staff");

        assertThat(jdbc.queryForObject("select status from booking where id = ?", String.class, booked.booking().id().value()))
                .isEqualTo("CANCELLED");
    }

    @Test
    void aNewAddressOrASignedInClientIsBookedAtOnce() {
        Confirmation stranger = book(free.getFirst(), "new-" + UUID.randomUUID() + "@example.org", "New Reader");
        Confirmation sam = signIn.during(Demo.SAM, () -> book(free.get(4), Demo.SAM, "Sam"));

        assertThat(stranger.booking().awaitsClient()).isFalse();
        assertThat(sam.booking().awaitsClient()).isFalse();
    }

    /** The subjects of the letters to the address booked with, by kind. */
    private Map<String, String> letters(Confirmation booked) {
        Map<String, String> subjects = new HashMap<>();
        jdbc.queryForList("select kind, subject from outbox_message where booking_id = ? and recipient_email <> ? and voided_at is null",
                booked.booking().id().value(), practice.coach().email())
                .forEach(row -> subjects.put((String) row.get("kind"), (String) row.get("subject")));
        return subjects;
    }

    private Confirmation book(Instant start, String email, String name) {
        return bookingService.book(new BookingRequest(practice.session().id(), start, name, email, "", "", "", "Europe/Berlin",
                UUID.randomUUID()));
    }
}
