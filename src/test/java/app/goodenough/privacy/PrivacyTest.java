package app.goodenough.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.checkins.CheckIn;
import app.goodenough.checkins.CheckInAnswers;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.checkins.CheckInService;
import app.goodenough.identity.AccountId;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.privacy.internal.NotePurge;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** A client's data in their hands, and the coach's decision on it, on real PostgreSQL with the clock moved forward. */
class PrivacyTest extends ServiceTest {

    @Autowired MyDataService myData;
    @Autowired ErasureService erasure;
    @Autowired ClientRecordsService records;
    @Autowired NotesService notes;
    @Autowired NotePurge notePurge;
    @Autowired TestClients testClients;
    @Autowired TransactionTemplate transactions;
    @Autowired CheckInService checkIns;
    @Autowired CheckInLinks checkInLinks;

    TestPractice.Practice practice;
    String client;
    AccountId clientId;
    Confirmation session;

    @BeforeEach
    void aClientWithASessionAndASignedNote() {
        practice = testPractice.open("Europe/Berlin");
        client = testClients.withPassword("Robin Vale", "robin's long password");
        session = testPractice.bookFirstFreeTimeAs(practice, 3, client);
        clientId = session.booking().clientId();
    }

    @Test
    void theClientDownloadsTheirAccountSessionsAndMessagesWithoutAnyLinksKey() {
        String stranger = testClients.withPassword("Someone Else", "someone's long password");
        testPractice.bookFirstFreeTimeAs(practice, 4, stranger);
        checkIns.answerByLink(checkInLinks.tokenFor(session.booking()), new CheckInAnswers(Map.of("not-all-bad", 2), "Mine to keep."));
        signIn.as(client);

        MyData data = myData.myData();

        assertThat(data.account().email()).isEqualTo(client);
        assertThat(data.account().name()).isEqualTo("Robin Vale");
        assertThat(data.sessions()).singleElement().satisfies(mine -> {
            assertThat(mine.start()).isEqualTo(session.booking().start().toString());
            assertThat(mine.coach()).isEqualTo("Test Coach");
        });
        assertThat(data.messages()).isNotEmpty().allSatisfy(message -> assertThat(message.text()).doesNotContain("/manage/", "/check-in/"));
        assertThat(data.checkIns()).singleElement().extracting(CheckIn::wish).isEqualTo("Mine to keep.");
        assertThat(String.join("\n", data.messages().stream().map(MyData.Message::text).toList())).contains("[link taken out]");
        assertThat(jdbc.queryForObject("select count(*) from privacy_event where kind = 'DATA_DOWNLOADED' and client_id = ?",
                Integer.class, clientId.value())).isEqualTo(1);
    }

    @Test
    void theDownloadHoldsTheSameDataAsAPageAndAsJson() throws IOException {
        signIn.as(client);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        myData.writeMyData(zip);

        var entries = Zips.entries(zip.toByteArray());
        assertThat(entries).containsOnlyKeys("my-data.json", "my-data.html");
        assertThat(entries.get("my-data.json")).contains("\"email\" : \"" + client + "\"");
        assertThat(entries.get("my-data.html")).contains("<dt>Account since</dt>").contains("Robin Vale");
    }

    @Test
    void aSecondRequestWhileOneIsOpenAndAnOverlongReasonAreRefusedAtTheField() {
        signIn.as(client);
        myData.requestErasure("Moving on, thank you.");

        assertThatThrownBy(() -> myData.requestErasure("")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("asked already");
        assertThatThrownBy(() -> myData.requestErasure("x".repeat(2001))).isInstanceOf(InvalidInputException.class);
        assertThat(myData.myErasureRequests()).singleElement().satisfies(request -> assertThat(request.open()).isTrue());
    }

    @Test
    void aClientTakesTheirRequestBackBeforeTheCoachDecides() {
        signIn.as(client);
        ErasureRequest request = myData.requestErasure("");
        myData.withdrawErasureRequest();

        assertThatThrownBy(() -> myData.withdrawErasureRequest()).isInstanceOf(InvalidInputException.class);
        signIn.as(practice.coach().email());
        assertThat(erasure.openRequests()).isEmpty();
        assertThatThrownBy(() -> erasure.decide(request.id(), true)).isInstanceOf(InvalidInputException.class);
        signIn.as(client);
        assertThat(myData.requestErasure("After all, yes.").open()).isTrue();
        assertThat(myData.myData().erasureRequests()).extracting(MyData.Request::withdrawnAt).filteredOn(at -> !at.isEmpty()).hasSize(1);
    }

    @Test
    void erasingKeepsTheNotesForTheRetentionPeriodThenTheDailyJobPurgesThem() {
        Note note = aSignedNoteWithAnAddendum();
        checkIns.answerByLink(checkInLinks.tokenFor(session.booking()),
                new CheckInAnswers(Map.of("not-all-bad", 3), "Something personal."));
        jdbc.update("insert into intake_answer (booking_id, coach_id, position, prompt, answer) values (?, ?, 1, 'Who referred you?', 'My GP')",
                session.booking().id().value(), practice.coach().id().value());
        signIn.as(client);
        myData.requestErasure("");
        signIn.as(practice.coach().email());
        ErasureRequest request = erasure.openRequests().getFirst();

        erasure.decide(request.id(), false);

        assertThat(jdbc.queryForMap("select display_name, email, phone, password_hash, enabled, erased_at is not null as erased "
                + "from account where id = ?", clientId.value()))
                .containsEntry("display_name", "Erased client").containsEntry("phone", "").containsEntry("enabled", false)
                .containsEntry("erased", true).containsEntry("password_hash", null);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where lower(recipient_email) = lower(?)", Integer.class, client))
                .as("no message to the old address").isZero();
        assertThat(jdbc.queryForObject("select count(*) from note where client_id = ?", Integer.class, clientId.value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from check_in where client_id = ?", Integer.class, clientId.value()))
                .as("the check-ins go with the client").isZero();
        assertThat(jdbc.queryForObject("select count(*) from intake_answer a join booking b on b.id = a.booking_id where b.client_id = ?",
                Integer.class, clientId.value())).as("and so do their answers when booking").isZero();
        assertThat(erasure.openRequests()).isEmpty();
        assertThat(notePurge.purgeDue()).as("the retention period has not passed").isZero();

        TestClock.get().freezeAt(session.booking().end().plus(Duration.ofDays(365L * 10 + 3)));
        assertThat(notePurge.purgeDue()).isEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from note_version where note_id = ?", Integer.class, note.id().value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from note_addendum where note_id = ?", Integer.class, note.id().value())).isZero();
        assertThat(jdbc.queryForList("select kind from privacy_event where client_id = ? order by id", String.class, clientId.value()))
                .containsExactly("ERASURE_REQUESTED", "CLIENT_ANONYMISED", "NOTES_KEPT", "NOTES_DELETED");
    }

    @Test
    void theCoachMayDeleteTheNotesAtOnce() {
        aSignedNoteWithAnAddendum();
        signIn.as(client);
        myData.requestErasure("");
        signIn.as(practice.coach().email());

        erasure.decide(erasure.openRequests().getFirst().id(), true);

        assertThat(jdbc.queryForObject("select count(*) from note where client_id = ?", Integer.class, clientId.value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from note_audit where action = 'SIGN' and note_id is null and coach_id = ?",
                Integer.class, practice.coach().id().value())).as("the audit keeps who did what, without the note").isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToDeleteANoteOutsideThePurgeRules() {
        Note note = aSignedNoteWithAnAddendum();

        for (String attempt : List.of("delete from note_version where note_id = ?", "delete from note_addendum where note_id = ?")) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                jdbc.queryForObject("select set_config('good_enough.purge_at', '2100-01-01T00:00:00Z', true)", String.class);
                jdbc.update(attempt, note.id().value());
            })).as("%s for a client who is not erased", attempt).isInstanceOf(DataAccessException.class);
        }
        jdbc.update("update account set erased_at = now() where id = ?", clientId.value());
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('good_enough.purge_at', ?, true)", String.class, session.booking().end().toString());
            jdbc.update("delete from note_principle where note_id = ?", note.id().value());
        })).as("an erased client's notes inside the retention period").isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from note where id = ?", note.id().value()))
                .as("without the purge's moment").isInstanceOf(DataAccessException.class);
    }

    @Test
    void theCoachsExportHoldsEveryVersionAndAddendumAndIsAudited() throws IOException {
        Note note = aSignedNoteWithAnAddendum();
        checkIns.answerByLink(checkInLinks.tokenFor(session.booking()), new CheckInAnswers(Map.of("redefine-success", 4), "Before we meet."));
        signIn.as(practice.coach().email());

        ClientRecord record = records.clientRecord(clientId);

        assertThat(record.sessions()).hasSize(1);
        assertThat(record.notes()).singleElement().satisfies(exported -> {
            assertThat(exported.versions()).extracting(ClientRecord.Version::text).containsExactly("First thoughts.", "Robin let a draft go.");
            assertThat(exported.addenda()).extracting(ClientRecord.Addendum::text).containsExactly("Later: it went well.");
            assertThat(exported.signed()).isNotEmpty();
        });
        assertThat(record.principleStory()).extracting(ClientRecord.StoryEntry::principle).contains("black-and-white-thinking");
        assertThat(record.checkIns()).singleElement().satisfies(checkIn -> assertThat(checkIn.weights()).containsEntry("redefine-success", 4));
        assertThat(record.notes().getFirst().takeaway()).as("a note without a takeaway").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from note_audit where action = 'EXPORT' and note_id = ?", Integer.class,
                note.id().value())).isEqualTo(1);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        records.writePracticeArchive(zip);
        var entries = Zips.entries(zip.toByteArray());
        assertThat(entries).containsKey("index.html");
        assertThat(entries.get("index.html")).contains("Robin Vale");
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("clients/001-") && name.endsWith(".json"));
    }

    @Test
    void nobodyElseSeesOrDecidesAClientsData() {
        signIn.as(client);
        ErasureRequest request = myData.requestErasure("");
        assertThatThrownBy(() -> erasure.openRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.clientRecord(clientId)).isInstanceOf(AccessDeniedException.class);

        TestPractice.Practice otherPractice = testPractice.open("Europe/Berlin");
        signIn.as(otherPractice.coach().email());
        assertThat(erasure.openRequests()).isEmpty();
        assertThatThrownBy(() -> erasure.decide(request.id(), true)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> records.clientRecord(clientId)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> myData.myData()).isInstanceOf(AccessDeniedException.class);

        signIn.as(Demo.ADMIN);
        assertThatThrownBy(() -> erasure.decide(request.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select erased_at is null from account where id = ?", Boolean.class, clientId.value())).isTrue();
    }

    @Test
    void retentionIsOneToAHundredYears() {
        signIn.as(practice.coach().email());
        assertThat(erasure.noteRetentionYears()).isEqualTo(10);

        assertThatThrownBy(() -> erasure.setNoteRetentionYears(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> erasure.setNoteRetentionYears(101)).isInstanceOf(InvalidInputException.class);
        erasure.setNoteRetentionYears(7);
        assertThat(erasure.noteRetentionYears()).isEqualTo(7);
    }

    private Note aSignedNoteWithAnAddendum() {
        return signIn.during(practice.coach().email(), () -> {
            Note note = notes.newClientNote(clientId);
            note = notes.save(note.id(), note.version(), new NoteDraft("First thoughts.", List.of(), List.of()));
            note = notes.save(note.id(), note.version(), new NoteDraft("Robin let a draft go.",
                    List.of(new PrincipleTag("black-and-white-thinking", 2)), List.of("drafts")));
            note = notes.sign(note.id(), note.version());
            return notes.addAddendum(note.id(), "Later: it went well.");
        });
    }
}
