package app.goodenough.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.practice.PrincipleTag;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.BookedSessionTest;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@ExtendWith(OutputCaptureExtension.class)
class NotesServiceTest extends BookedSessionTest {

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
    void anEmptyNoteCannotBeSigned() {
        Note note = notesService.noteForSession(session.booking().id());
        Note blank = notesService.save(note.id(), note.version(), draft("   \n "));

        assertThatThrownBy(() -> notesService.sign(blank.id(), blank.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("body"));
        assertThat(jdbc.queryForObject("select signed_at is null from note where id = ?", Boolean.class, note.id().value())).isTrue();
    }

    @Test
    void aSessionsNoteIsSignedOnlyOnceTheSessionHasStartedAndAGeneralNoteAnyTime() {
        Note note = notesService.noteForSession(session.booking().id());
        Note saved = notesService.save(note.id(), note.version(), draft("Written ahead, as a plan."));
        TestClock.get().runFrom(session.booking().start().minusSeconds(60));

        assertThatThrownBy(() -> notesService.sign(saved.id(), saved.version())).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.problems().getFirst().message()).contains("once the session has started"));
        assertThat(jdbc.queryForObject("select signed_at is null from note where id = ?", Boolean.class, note.id().value())).isTrue();

        Note general = notesService.newClientNote(session.booking().clientId());
        Note generalSaved = notesService.save(general.id(), general.version(), draft("Between sessions."));
        assertThat(notesService.sign(generalSaved.id(), generalSaved.version()).signed()).isTrue();
        TestClock.get().runFrom(session.booking().start());
        assertThat(notesService.sign(saved.id(), saved.version()).signed()).isTrue();
    }

    @Test
    void theNotesOnAClientCarryTheirTrailWithoutAWordOfThem() {
        Note note = notesService.noteForSession(session.booking().id());
        Note saved = notesService.save(note.id(), note.version(), draft("Confidential: the sister conversation."));
        notesService.sign(saved.id(), saved.version());

        ClientNotes story = notesService.notesOn(session.booking().clientId());

        assertThat(story.trail()).extracting(NoteAccess::action).containsExactly("PREVIEW", "SIGN", "SAVE", "READ", "CREATE");
        assertThat(story.trail()).allSatisfy(access -> {
            assertThat(access.noteId()).isEqualTo(note.id());
            assertThat(access.actorName()).isEqualTo(practice.coach().displayName());
            assertThat(access.toString()).doesNotContain("Confidential");
        });
        signIn.as(testPractice.open("Europe/Berlin").coach().email());
        assertThatThrownBy(() -> notesService.notesOn(session.booking().clientId())).isInstanceOf(InvalidInputException.class);
    }

    private List<String> audit(Note note) {
        return jdbc.queryForList("select action from note_audit where note_id = ? order by id", String.class, note.id().value());
    }

    private static NoteDraft draft(String body) {
        return new NoteDraft(body, List.of(new PrincipleTag("not-always-on", 2)), List.of("rest"));
    }
}
