package app.goodenough.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.clients.ClientStory;
import app.goodenough.clients.ClientStoryService;
import app.goodenough.identity.AccountId;
import app.goodenough.insights.InsightsService;
import app.goodenough.insights.SectionFunnel;
import app.goodenough.notes.NoteSummary;
import app.goodenough.notesearch.NoteHit;
import app.goodenough.notesearch.NoteQuery;
import app.goodenough.notesearch.NoteSearchService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.StoryPoint;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.takeaways.TakeawayService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoPracticeTest extends ServiceTest {

    @Autowired ClientStoryService clientStories;
    @Autowired NoteSearchService noteSearch;
    @Autowired PracticeService practiceService;
    @Autowired TakeawayService takeaways;
    @Autowired InsightsService insights;

    @Test
    void samHasPastSessionsWithSignedNotesAndUpcomingOnes() {
        signIn.as(Demo.COACH);
        ClientStory sam = clientStories.clientStory(client("Sam Rivera"));

        List<CalendarEntry> past = sam.sessions().stream().filter(session -> session.start().isBefore(TestClock.get().instant())).toList();
        assertThat(past).hasSize(3).allSatisfy(session -> assertThat(session.status()).isEqualTo(BookingStatus.COMPLETED));
        assertThat(sam.sessions().stream().filter(session -> session.start().isAfter(TestClock.get().instant()))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sam.notes()).hasSizeGreaterThanOrEqualTo(3).filteredOn(NoteSummary::ofSession).filteredOn(NoteSummary::signed)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(sam.points()).extracting(StoryPoint::principle)
                .contains("perfection-not-necessary", "black-and-white-thinking", "mistakes-as-growth", "beyond-the-helper");
        assertThat(sam.points()).filteredOn(point -> !point.bookingFocus() && !point.fromCheckIn()).extracting(StoryPoint::stance)
                .doesNotContainNull();
        assertThat(sam.points()).filteredOn(StoryPoint::fromCheckIn).extracting(StoryPoint::principle, StoryPoint::weight)
                .contains(tuple("black-and-white-thinking", 4));
    }

    @Test
    void theDemoAsksIntakeQuestionsCountsItsArticleBookingsAndSharesTakeaways() {
        assertThat(signIn.during(Demo.SAM, () -> takeaways.sharedWithMe())).filteredOn(shared -> shared.coachName().equals("Maren Albers"))
                .hasSize(2);
        signIn.as(Demo.COACH);
        LocalDate today = LocalDate.ofInstant(TestClock.get().instant(), ZoneOffset.UTC);
        assertThat(insights.articleFunnel(today.minusDays(60), today.plusDays(1))).filteredOn(section -> section.booked() > 0)
                .extracting(SectionFunnel::section).contains("black-and-white-thinking", "not-always-on");
        assertThat(jdbc.queryForObject("select count(*) from intake_question q join account a on a.id = q.coach_id where a.email = ?",
                Integer.class, Demo.COACH)).isEqualTo(2);
    }

    @Test
    void theDemoNotesCanBeFoundByWordPrincipleAndTag() {
        signIn.as(Demo.COACH);

        assertThat(noteSearch.search(new NoteQuery("report", "mistakes-as-growth", null, null, null, null, true), 20))
                .extracting(NoteHit::clientName).contains("Sam Rivera");
        assertThat(noteSearch.search(new NoteQuery("sister repair", null, "family", null, null, null, null), 20))
                .extracting(NoteHit::clientName).contains("Alex Chen");
        assertThat(noteSearch.myFreeTags()).contains("work", "family", "sleep", "boundaries");
    }

    private AccountId client(String name) {
        return practiceService.myClients().stream().filter(client -> client.name().equals(name)).findFirst()
                .map(ClientSummary::id).orElseThrow();
    }
}
