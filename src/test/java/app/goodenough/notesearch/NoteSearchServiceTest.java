package app.goodenough.notesearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.BookedSessionTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NoteSearchServiceTest extends BookedSessionTest {

    @Autowired NoteSearchService noteSearch;

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

        assertThat(noteSearch.search(query("boundaries", null, null), 20)).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(note.id());
            assertThat(hit.signed()).isTrue();
            assertThat(hit.snippet()).contains(NoteHit.MARK_START + "boundaries" + NoteHit.MARK_END);
        });
        assertThat(noteSearch.search(query(null, "not-always-on", null), 20)).extracting(NoteHit::id).containsExactly(general.id());
        assertThat(noteSearch.search(query(null, null, false), 20)).extracting(NoteHit::id).containsExactly(general.id());
        assertThat(noteSearch.search(query("\"quiet evenings\" -work", null, null), 20)).extracting(NoteHit::id)
                .containsExactly(general.id());
        assertThat(noteSearch.search(query("'); drop table note; --", null, null), 20)).isEmpty();
        assertThat(noteSearch.search(query("&&& !!! (((", null, null), 20)).isEmpty();

        signIn.as(other.coach().email());
        assertThat(noteSearch.search(query("boundaries", null, null), 20)).isEmpty();
        assertThat(noteSearch.search(NoteQuery.all(), 20)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from note_audit where action = 'SEARCH' and actor_id = ?", Integer.class,
                other.coach().id().value())).isEqualTo(2);
    }

    @Test
    void resultsComeByTheirDateNewestFirstAndAFreeTagNarrowsThem() {
        Note session = notesService.noteForSession(this.session.booking().id());
        notesService.save(session.id(), session.version(), new NoteDraft("Rest came up again.", List.of(), List.of("sleep", "work")));
        Note general = notesService.newClientNote(this.session.booking().clientId());
        notesService.save(general.id(), general.version(), new NoteDraft("Rest, and a walk.", List.of(), List.of("sleep")));
        notesService.save(session.id(), session.version() + 1, new NoteDraft("Rest came up again, twice.", List.of(), List.of("work")));

        assertThat(noteSearch.search(query("rest", null, null), 20)).as("the general note was begun after the session started")
                .extracting(NoteHit::id).containsExactly(general.id(), session.id());
        assertThat(noteSearch.search(new NoteQuery("rest", null, "sleep", null, null, null, null), 20)).extracting(NoteHit::id)
                .containsExactly(general.id());
        assertThat(noteSearch.myFreeTags()).containsExactly("sleep", "work");
        assertThatThrownBy(() -> noteSearch.search(new NoteQuery(null, null, "x".repeat(41), null, null, null, null), 20))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("tag"));
    }

    @Test
    void theDatesASearchFiltersOnComeFromTheApplicationsClockInTheCoachsZone() {
        TestClock.get().freezeAt(ZonedDateTime.of(2028, 2, 29, 23, 30, 0, 0, practice.zone()));
        Note note = notesService.newClientNote(session.booking().clientId());
        notesService.save(note.id(), note.version(), draft("A leap day of rest."));
        TestClock.get().reset();
        LocalDate leapDay = LocalDate.of(2028, 2, 29);

        assertThat(noteSearch.search(new NoteQuery("leap", null, null, session.booking().clientId(), leapDay, leapDay, null), 20))
                .extracting(NoteHit::id).containsExactly(note.id());
        assertThat(noteSearch.search(new NoteQuery("leap", null, null, session.booking().clientId(), leapDay.plusDays(1), null, null),
                20)).isEmpty();
    }

    @Test
    void everyNoteWhoseWordsAreShownIsAuditedWithItsId() {
        Note first = notesService.noteForSession(session.booking().id());
        notesService.save(first.id(), first.version(), draft("Boundaries at work came up."));
        Note general = notesService.newClientNote(session.booking().clientId());
        notesService.save(general.id(), general.version(), draft("Boundaries with family."));

        notesService.notesOn(session.booking().clientId());
        noteSearch.search(query("boundaries", null, null), 20);
        noteSearch.search(query("nothingmatchesthis", null, null), 20);

        for (Note shown : List.of(first, general)) {
            assertThat(audit(shown)).endsWith("PREVIEW", "SEARCH");
        }
        assertThat(jdbc.queryForObject("select count(*) from note_audit where action = 'SEARCH' and note_id is null and actor_id = ?",
                Integer.class, practice.coach().id().value())).as("the search that found nothing").isOne();
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
