package app.goodenough.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.base.FieldProblem;
import app.goodenough.base.InvalidInputException;
import app.goodenough.booking.BookingService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@ExtendWith(OutputCaptureExtension.class)
class NotesServiceTest extends ServiceTest {

    @Autowired NotesService notesService;
    @Autowired BookingService bookingService;
    TestPractice.Practice practice;
    Confirmation session;

    @BeforeEach
    void aCoachWithABookedSession() {
        practice = testPractice.open("Europe/Berlin");
        LocalDate day = TestClock.get().today(practice.zone()).plusDays(4);
        Instant start = bookingService.freeTimesOn(practice.session().id(), day, practice.zone()).getFirst();
        session = bookingService.book(new BookingRequest(practice.session().id(), start, "Noted Reader",
                "noted-" + UUID.randomUUID() + "@example.org", "", "not-always-on", "", "Europe/Berlin", UUID.randomUUID()));
        signIn.as(practice.coach().email());
    }

    @Test
    void aSessionsNoteStartsWithItsFocusAndIsTheSameNoteNextTime() {
        Note note = notesService.noteForSession(session.booking().id());

        assertThat(note.principles()).containsExactly(new PrincipleTag("not-always-on", null));
        assertThat(note.clientId()).isEqualTo(session.booking().clientId());
        assertThat(notesService.noteForSession(session.booking().id()).id()).isEqualTo(note.id());
        assertThat(audit(note)).containsExactly("CREATE", "READ", "READ");
    }

    @Test
    void everySavedVersionIsKept() {
        Note note = notesService.noteForSession(session.booking().id());
        Note first = notesService.save(note.id(), note.version(), draft("First thoughts."));
        Note second = notesService.save(first.id(), first.version(), draft("First thoughts. Then more."));

        assertThat(second.version()).isEqualTo(2);
        assertThat(notesService.history(note.id())).extracting(NoteVersion::body)
                .containsExactly("First thoughts. Then more.", "First thoughts.");
    }

    @Test
    void aSecondWindowCannotSilentlyOverwriteTheFirst() {
        Note note = notesService.noteForSession(session.booking().id());
        notesService.save(note.id(), note.version(), draft("Saved in the first window."));

        assertThatThrownBy(() -> notesService.save(note.id(), note.version(), draft("Typed in a stale window.")))
                .isInstanceOf(NoteChangedElsewhereException.class);
        assertThat(notesService.note(note.id()).body()).isEqualTo("Saved in the first window.");
    }

    @Test
    void aSignedNoteIsFinalEvenForTheDatabaseAndTakesOnlyAddenda() {
        Note note = notesService.noteForSession(session.booking().id());
        assertThatThrownBy(() -> notesService.addAddendum(note.id(), "Too early.")).isInstanceOf(InvalidInputException.class);
        Note saved = notesService.save(note.id(), note.version(), draft("Final words."));
        Note signed = notesService.sign(saved.id(), saved.version());

        assertThatThrownBy(() -> notesService.save(note.id(), signed.version(), draft("Changed my mind.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.update("update note set body = 'rewritten' where id = ?", note.id().value()))
                .hasMessageContaining("is signed and cannot change");
        assertThatThrownBy(() -> jdbc.update("delete from note_principle where note_id = ?", note.id().value()))
                .hasMessageContaining("is signed and cannot change");
        assertThatThrownBy(() -> jdbc.update("delete from note where id = ?", note.id().value()))
                .hasMessageContaining("never deleted");

        Note withAddendum = notesService.addAddendum(note.id(), "Two weeks later: she rested.");
        assertThat(withAddendum.body()).isEqualTo("Final words.");
        assertThat(withAddendum.addenda()).extracting(Addendum::body).containsExactly("Two weeks later: she rested.");
    }

    @Test
    void badTagsAreNamedAndNothingIsSaved() {
        Note note = notesService.noteForSession(session.booking().id());
        NoteDraft bad = new NoteDraft("Text", List.of(new PrincipleTag("not-a-principle", 7)), List.of("x".repeat(41)));

        assertThatThrownBy(() -> notesService.save(note.id(), note.version(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("principles", "freeTags"));
        assertThat(notesService.note(note.id()).version()).isZero();
    }

    @Test
    void aMegabyteOfTextIsRefusedAtTheTextAndTheLastVersionStays() {
        Note note = notesService.noteForSession(session.booking().id());
        Note saved = notesService.save(note.id(), note.version(), draft("Short and kept."));

        assertThatThrownBy(() -> notesService.save(saved.id(), saved.version(), draft("x".repeat(1_000_000))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("body"));
        assertThat(notesService.note(note.id()).body()).isEqualTo("Short and kept.");
        assertThat(notesService.history(note.id())).hasSize(1);
    }

    @Test
    void anotherCoachsNoteIsRefusedLikeOneThatDoesNotExist() {
        Note note = notesService.noteForSession(session.booking().id());
        signIn.as(testPractice.open("Europe/Berlin").coach().email());

        for (NoteId id : List.of(note.id(), new NoteId(UUID.randomUUID()))) {
            assertThatThrownBy(() -> notesService.note(id)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("note: There is no such note.");
            assertThatThrownBy(() -> notesService.save(id, 0, draft("Mine now."))).isInstanceOf(InvalidInputException.class)
                    .hasMessage("note: There is no such note.");
        }
        assertThatThrownBy(() -> notesService.newClientNote(session.booking().clientId()))
                .isInstanceOf(InvalidInputException.class).hasMessage("client: There is no such client.");
    }

    @Test
    void clientsAdminsAndAnonymousReadersNeverReachANote() {
        Note note = notesService.noteForSession(session.booking().id());
        for (String email : new String[] {Demo.SAM, Demo.ADMIN}) {
            signIn.as(email);
            assertThatThrownBy(() -> notesService.note(note.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notesService.history(note.id())).isInstanceOf(AccessDeniedException.class);
        }
        signIn.out();
        assertThatThrownBy(() -> notesService.note(note.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void noNoteTextEverReachesTheLog(CapturedOutput output) {
        String secret = "lantern-" + UUID.randomUUID();
        Note note = notesService.noteForSession(session.booking().id());
        Note saved = notesService.save(note.id(), note.version(), draft("She said " + secret));
        assertThatThrownBy(() -> notesService.save(note.id(), note.version(), draft("Stale " + secret)))
                .isInstanceOf(NoteChangedElsewhereException.class);
        Note signed = notesService.sign(saved.id(), saved.version());
        notesService.addAddendum(signed.id(), "Later " + secret);
        notesService.history(note.id());

        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void searchFindsWordsInTheCoachsOwnNotesWithFiltersAndAnyTypedText() {
        Note note = notesService.noteForSession(session.booking().id());
        Note saved = notesService.save(note.id(), note.version(), new NoteDraft(
                "We talked about boundaries at work and how saying no felt selfish.",
                List.of(new PrincipleTag("black-and-white-thinking", 3)), List.of()));
        notesService.sign(saved.id(), saved.version());
        Note general = notesService.newClientNote(session.booking().clientId());
        notesService.save(general.id(), general.version(), new NoteDraft("Rest and quiet evenings.",
                List.of(new PrincipleTag("not-always-on", null)), List.of()));
        TestPractice.Practice other = testPractice.open("Europe/Berlin");

        assertThat(notesService.search(query("boundaries", null, null), 20)).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(note.id());
            assertThat(hit.signed()).isTrue();
            assertThat(hit.snippet()).contains(NoteHit.MARK_START + "boundaries" + NoteHit.MARK_END);
        });
        assertThat(notesService.search(query(null, "not-always-on", null), 20)).extracting(NoteHit::id).containsExactly(general.id());
        assertThat(notesService.search(query(null, null, false), 20)).extracting(NoteHit::id).containsExactly(general.id());
        assertThat(notesService.search(query("\"quiet evenings\" -work", null, null), 20)).extracting(NoteHit::id)
                .containsExactly(general.id());
        assertThat(notesService.search(query("'); drop table note; --", null, null), 20)).isEmpty();
        assertThat(notesService.search(query("&&& !!! (((", null, null), 20)).isEmpty();

        signIn.as(other.coach().email());
        assertThat(notesService.search(query("boundaries", null, null), 20)).isEmpty();
        assertThat(notesService.search(NoteQuery.all(), 20)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from note_audit where action = 'SEARCH' and actor_id = ?", Integer.class,
                other.coach().id().value())).isEqualTo(2);
    }

    @Test
    void resultsComeNewestFirstAndAFreeTagNarrowsThem() {
        Note session = notesService.noteForSession(this.session.booking().id());
        notesService.save(session.id(), session.version(), new NoteDraft("Rest came up again.", List.of(), List.of("sleep", "work")));
        Note general = notesService.newClientNote(this.session.booking().clientId());
        notesService.save(general.id(), general.version(), new NoteDraft("Rest, and a walk.", List.of(), List.of("sleep")));
        notesService.save(session.id(), session.version() + 1, new NoteDraft("Rest came up again, twice.", List.of(), List.of("work")));

        assertThat(notesService.search(query("rest", null, null), 20)).extracting(NoteHit::id).containsExactly(session.id(), general.id());
        assertThat(notesService.search(new NoteQuery("rest", null, "sleep", null, null, null, null), 20)).extracting(NoteHit::id)
                .containsExactly(general.id());
        assertThat(notesService.myFreeTags()).containsExactly("sleep", "work");
        assertThatThrownBy(() -> notesService.search(new NoteQuery(null, null, "x".repeat(41), null, null, null, null), 20))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("tag"));
    }

    @Test
    void theDatesASearchFiltersOnComeFromTheApplicationsClockInTheCoachsZone() {
        TestClock.get().freezeAt(ZonedDateTime.of(2028, 2, 29, 23, 30, 0, 0, practice.zone()));
        Note note = notesService.noteForSession(session.booking().id());
        notesService.save(note.id(), note.version(), draft("A leap day of rest."));
        TestClock.get().reset();
        LocalDate leapDay = LocalDate.of(2028, 2, 29);

        assertThat(notesService.search(new NoteQuery("leap", null, null, session.booking().clientId(), leapDay, leapDay, null), 20))
                .extracting(NoteHit::id).containsExactly(note.id());
        assertThat(notesService.search(new NoteQuery("leap", null, null, session.booking().clientId(), leapDay.plusDays(1), null, null),
                20)).isEmpty();
    }

    @Test
    void everyNoteWhoseWordsAreShownIsAuditedWithItsId() {
        Note first = notesService.noteForSession(session.booking().id());
        notesService.save(first.id(), first.version(), draft("Boundaries at work came up."));
        Note general = notesService.newClientNote(session.booking().clientId());
        notesService.save(general.id(), general.version(), draft("Boundaries with family."));

        notesService.clientStory(session.booking().clientId());
        notesService.search(query("boundaries", null, null), 20);
        notesService.search(query("nothingmatchesthis", null, null), 20);

        for (Note shown : List.of(first, general)) {
            assertThat(audit(shown)).endsWith("PREVIEW", "SEARCH");
        }
        assertThat(jdbc.queryForObject("select count(*) from note_audit where action = 'SEARCH' and note_id is null and actor_id = ?",
                Integer.class, practice.coach().id().value())).as("the search that found nothing").isOne();
    }

    @Test
    void anEmptyNoteCannotBeSigned() {
        Note note = notesService.noteForSession(session.booking().id());
        Note blank = notesService.save(note.id(), note.version(), draft("   \n "));

        assertThatThrownBy(() -> notesService.sign(blank.id(), blank.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("body"));
        assertThat(jdbc.queryForObject("select signed_at is null from note where id = ?", Boolean.class, note.id().value())).isTrue();
    }

    @Test
    void theClientsStoryCarriesTheTrailOfTheirNotesWithoutAWordOfThem() {
        Note note = notesService.noteForSession(session.booking().id());
        Note saved = notesService.save(note.id(), note.version(), draft("Confidential: the sister conversation."));
        notesService.sign(saved.id(), saved.version());

        ClientStory story = notesService.clientStory(session.booking().clientId());

        assertThat(story.trail()).extracting(NoteAccess::action).containsExactly("PREVIEW", "SIGN", "SAVE", "READ", "CREATE");
        assertThat(story.trail()).allSatisfy(access -> {
            assertThat(access.noteId()).isEqualTo(note.id());
            assertThat(access.actorName()).isEqualTo(practice.coach().displayName());
            assertThat(access.toString()).doesNotContain("Confidential");
        });
        signIn.as(testPractice.open("Europe/Berlin").coach().email());
        assertThatThrownBy(() -> notesService.clientStory(session.booking().clientId())).isInstanceOf(InvalidInputException.class);
    }

    private NoteQuery query(String text, String principle, Boolean signed) {
        return new NoteQuery(text, principle, null, session.booking().clientId(), null, null, signed);
    }

    private List<String> audit(Note note) {
        return jdbc.queryForList("select action from note_audit where note_id = ? order by id", String.class, note.id().value());
    }

    private static NoteDraft draft(String body) {
        return new NoteDraft(body, List.of(new PrincipleTag("not-always-on", 2)), List.of("rest"));
    }
}
