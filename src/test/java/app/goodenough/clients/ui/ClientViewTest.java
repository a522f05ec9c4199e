package app.goodenough.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.answertrail.AnswerTrail;
import app.goodenough.booking.BookingService;
import app.goodenough.checkins.CheckInAnswers;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.checkins.CheckInService;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.Demo;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ClientViewTest extends ViewTest {

    @Autowired BookingService bookingService;
    @Autowired NotesService notesService;
    @Autowired CheckInService checkIns;
    @Autowired CheckInLinks checkInLinks;
    @Autowired AnswerTrail trail;
    @Autowired JdbcTemplate jdbc;
    TestPractice.Practice practice;
    Confirmation session;

    @BeforeEach
    void aClientWithANote() {
        practice = testPractice.open("Europe/Berlin");
        Instant start = testPractice.freeTimes(practice, 4).getFirst();
        session = bookingService.book(new BookingRequest(practice.session().id(), start, "Story Reader",
                "story-" + UUID.randomUUID() + "@example.org", "", "mistakes-as-growth", "", "Europe/Berlin", UUID.randomUUID()));
        signIn.as(practice.coach().email());
        Note note = notesService.noteForSession(session.booking().id());
        notesService.save(note.id(), note.version(), new NoteDraft("A mistake at work, and she laughed about it.",
                List.of(new PrincipleTag("mistakes-as-growth", 4), new PrincipleTag("not-all-bad", 2)), List.of()));
    }

    @Test
    void theClientsStoryShowsSessionsNotesAndThePrinciplesAsAPicture() {
        navigate(ClientsView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> clients = $(Grid.class).single();
        assertThat(clients.getGenericDataView().getItems().map(ClientSummary::name)).containsExactly("Story Reader");

        navigate(ClientView.class, session.booking().clientId().toString());

        assertThat($(H1.class).single().getText()).isEqualTo("Story Reader");
        String svg = $(Html.class).single().getElement().getOuterHTML();
        assertThat(svg).startsWith("<svg").contains("4. Mistakes as growth", "fill=\"#5a8447\"", "stroke=\"#5a8447\"");
        assertThat(svg.split("<circle", -1)).hasSize(4);
        assertThat($(Paragraph.class).withTextContaining("A mistake at work").exists()).isTrue();
    }

    @Test
    void aNotesOpeningIsPlainTextCutAfterAWholeWord() {
        Note general = notesService.newClientNote(session.booking().clientId());
        notesService.save(general.id(), general.version(), new NoteDraft("**Boundaries** came up _again_. " + "Another line follows. ".repeat(10),
                List.of(), List.of()));

        navigate(ClientView.class, session.booking().clientId().toString());

        String opening = $(Paragraph.class).withTextContaining("Boundaries came up").single().getText();
        assertThat(opening).startsWith("Boundaries came up again. Another line follows.").doesNotContain("**", "_").endsWith(" …")
                .hasSizeLessThanOrEqualTo(142);
        assertThat("Boundaries came up again. " + "Another line follows. ".repeat(10)).startsWith(opening.substring(0, opening.length() - 2) + " ");
    }

    @Test
    void thePictureHasATableInWordsAndTheNotesTrailIsShown() {
        navigate(ClientView.class, session.booking().clientId().toString());

        NativeTable table = $(NativeTable.class).single();
        assertThat(table.getCaptionText()).isEqualTo("The principle story in words");
        NativeTableRow mistakes = table.getBody().getRow(3).orElseThrow();
        assertThat(mistakes.getHeaderCell(0).orElseThrow().getText()).isEqualTo("4. Mistakes as growth");
        assertThat(mistakes.getDataCell(0).orElseThrow().getText()).endsWith("(4)");
        assertThat(mistakes.getDataCell(1).orElseThrow().getText()).as("no check-in yet").isEqualTo("—");
        assertThat(mistakes.getDataCell(2).orElseThrow().getText()).isNotEqualTo("—");
        assertThat(table.getBody().getRow(6).orElseThrow().getDataCell(0).orElseThrow().getText()).isEqualTo("—");

        List<String> trail = $(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(trail).hasSize(4).allSatisfy(line -> assertThat(line).contains(practice.coach().displayName()).endsWith("a note"));
        assertThat(trail.getFirst()).as("this very page showed the note's opening").contains(" saw the opening of ");
        assertThat(trail.get(1)).contains(" saved ");
    }

    @Test
    void theStoryShowsTheCoachsStancesAndTheClientsCheckInsSideBySide() {
        checkIns.answerByLink(checkInLinks.tokenFor(session.booking()),
                new CheckInAnswers(Map.of("mistakes-as-growth", 4, "not-all-bad", 0), "More of the same."));

        navigate(ClientView.class, session.booking().clientId().toString());

        String svg = $(Html.class).single().getElement().getOuterHTML();
        assertThat(svg).contains("client's check-in: weighs 4 of 4", "client's check-in: weighs 0 of 4", "in a note: stance 4 of 5");
        assertThat(svg.split("<rect", -1)).hasSize(3);
        NativeTableRow mistakes = $(NativeTable.class).single().getBody().getRow(3).orElseThrow();
        assertThat(mistakes.getDataCell(0).orElseThrow().getText()).endsWith("(4)");
        assertThat(mistakes.getDataCell(1).orElseThrow().getText()).endsWith("(4)");
        assertThat(trail.timesShown(practice.coach().id(), session.booking().clientId(), AnswerTrail.Shown.CHECK_INS)).isEqualTo(1);
    }

    @Test
    void eachSessionShowsTheAnswersGivenWhenItWasBooked() {
        jdbc.update("insert into intake_answer (booking_id, coach_id, position, prompt, answer) values (?, ?, 1, 'Who referred you?', 'A colleague')",
                session.booking().id().value(), practice.coach().id().value());

        navigate(ClientView.class, session.booking().clientId().toString());

        assertThat($(DescriptionList.Description.class).all()).extracting(DescriptionList.Description::getText).containsExactly("A colleague");
        assertThat(trail.timesShown(practice.coach().id(), session.booking().clientId(), AnswerTrail.Shown.INTAKE)).isEqualTo(1);
    }

    @Test
    void anotherCoachFindsNoSuchClient() {
        signIn.as(Demo.COACH);
        for (String tampered : List.of(session.booking().clientId().toString(), "not-a-client", UUID.randomUUID().toString())) {
            navigate(ClientView.class, tampered);
            assertThat($(Paragraph.class).withText("There is no such client.").exists()).isTrue();
        }
    }
}
