package app.goodenough.takeaways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** Takeaways on real PostgreSQL: the client reaches only what was shared, never the note; signing freezes it. */
class TakeawayServiceTest extends ServiceTest {

    @Autowired TakeawayService takeaways;
    @Autowired NotesService notes;
    @Autowired TestClients testClients;
    TestPractice.Practice practice;
    String client;
    Confirmation booked;
    Note note;

    @BeforeEach
    void aSessionWithAPrivateNote() {
        practice = testPractice.open("Europe/Berlin");
        client = testClients.withPassword("Take Away", TestPractice.PASSWORD);
        booked = testPractice.bookFirstFreeTimeAs(practice, 2, client);
        signIn.as(practice.coach().email());
        note = notes.noteForSession(booked.booking().id());
        note = notes.save(note.id(), note.version(), new NoteDraft("Private: seems exhausted, watch for burnout.", List.of(), List.of()));
    }

    @Test
    void theClientSeesNothingUntilItIsSharedAndThenOnlyTheSharedText() {
        takeaways.saveDraft(note.id(), "  One imperfect email a day.  ");
        assertThat(signIn.during(client, () -> takeaways.sharedWithMe())).isEmpty();

        signIn.as(practice.coach().email());
        Takeaway shared = takeaways.share(note.id(), false);
        takeaways.saveDraft(note.id(), "One imperfect email a day. Unfinished thought");

        List<SharedTakeaway> seen = signIn.during(client, () -> takeaways.sharedWithMe());
        assertThat(seen).singleElement().satisfies(takeaway -> {
            assertThat(takeaway.text()).isEqualTo("One imperfect email a day.");
            assertThat(takeaway.sessionStart()).isEqualTo(booked.booking().start());
            assertThat(takeaway.coachName()).isEqualTo(practice.coach().displayName());
        });
        assertThat(seen.toString()).doesNotContain("burnout", "Unfinished");
        assertThat(shared.sharedAt()).isNotNull();
        signIn.as(practice.coach().email());
        assertThat(takeaways.ofNote(note.id()).hasUnsharedChanges()).isTrue();
        assertThat(takeaways.timesShared(note.id())).isEqualTo(1);
    }

    @Test
    void theClientsQueryReadsAViewWithoutTheWorkingCopyOrAnyNote() {
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'shared_takeaway'", String.class))
                .containsExactlyInAnyOrder("note_id", "coach_id", "client_id", "booking_id", "shared_text", "shared_at");
        takeaways.saveDraft(note.id(), "Never shared.");
        assertThat(jdbc.queryForObject("select count(*) from shared_takeaway where note_id = ?", Integer.class, note.id().value())).isZero();
    }

    @Test
    void sharingByEmailQueuesALetterWithTheTakeawayOnly() {
        takeaways.saveDraft(note.id(), "Walk at lunch, phone at home.");

        takeaways.share(note.id(), true);

        String letter = jdbc.queryForObject("select text_body from outbox_message where kind = 'TAKEAWAY' and recipient_email = ?",
                String.class, client);
        assertThat(letter).contains("Walk at lunch, phone at home.").doesNotContain("burnout");
        assertThat(jdbc.queryForObject("select by_email from takeaway_share where note_id = ?", Boolean.class, note.id().value())).isTrue();
    }

    @Test
    void aSignedNotesTakeawayIsFrozenInTheServiceAndInTheDatabase() {
        takeaways.saveDraft(note.id(), "Agreed before signing.");
        TestClock.get().runFrom(booked.booking().end());
        notes.sign(note.id(), notes.note(note.id()).version());

        assertThatThrownBy(() -> takeaways.saveDraft(note.id(), "Changed after signing."))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().getFirst().field()).isEqualTo("takeaway"));
        assertThatThrownBy(() -> jdbc.update("update takeaway set draft = 'Changed behind its back' where note_id = ?", note.id().value()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.update("update takeaway set shared_text = 'Something else', shared_at = now() where note_id = ?",
                note.id().value())).isInstanceOf(DataAccessException.class).hasMessageContaining("frozen");

        assertThat(takeaways.share(note.id(), false).sharedText()).as("it can still be shared as signed").isEqualTo("Agreed before signing.");
    }

    @Test
    void badTextIsRefusedAtTheFieldAndNothingIsStored() {
        assertThatThrownBy(() -> takeaways.saveDraft(note.id(), "x".repeat(Takeaway.MAX_LENGTH + 1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> takeaways.saveDraft(note.id(), "bad\u0000text")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> takeaways.share(note.id(), true)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems().getFirst().message()).isEqualTo("Write the takeaway first."));
        assertThat(jdbc.queryForObject("select count(*) from takeaway where note_id = ?", Integer.class, note.id().value())).isZero();
    }

    @Test
    void aGeneralNotesTakeawayReachesTheClientWithoutASession() {
        Note general = notes.newClientNote(booked.booking().clientId());
        takeaways.saveDraft(general.id(), "Between sessions: one walk without the phone.");
        takeaways.share(general.id(), false);

        assertThat(signIn.during(client, () -> takeaways.sharedWithMe())).singleElement().satisfies(shared -> {
            assertThat(shared.sessionStart()).isNull();
            assertThat(shared.zone()).isEqualTo(practice.zone());
            assertThat(shared.text()).isEqualTo("Between sessions: one walk without the phone.");
        });
    }

    @Test
    void anotherClientAndAnotherCoachReachNothing() {
        takeaways.saveDraft(note.id(), "For Take Away only.");
        takeaways.share(note.id(), false);
        String other = testClients.withPassword("Other Client", TestPractice.PASSWORD);
        testPractice.bookFirstFreeTimeAs(practice, 3, other);
        assertThat(signIn.during(other, () -> takeaways.sharedWithMe())).isEmpty();

        TestPractice.Practice otherPractice = testPractice.open("Europe/Berlin");
        signIn.as(otherPractice.coach().email());
        assertThatThrownBy(() -> takeaways.ofNote(note.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> takeaways.saveDraft(note.id(), "Overwritten")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> takeaways.share(note.id(), true)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select draft from takeaway where note_id = ?", String.class, note.id().value())).isEqualTo("For Take Away only.");
    }
}
