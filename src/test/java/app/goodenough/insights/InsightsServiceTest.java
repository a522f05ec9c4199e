package app.goodenough.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.booking.BookingService;
import app.goodenough.booking.FormAnswers;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.checkins.CheckInAnswers;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.checkins.CheckInService;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The article's funnel on real PostgreSQL: openings counted without a person, bookings by the section they came from, per coach. */
class InsightsServiceTest extends ServiceTest {

    @Autowired InsightsService insights;
    @Autowired ArticleEntries entries;
    @Autowired BookingService bookingService;
    @Autowired CoachCalendarService calendar;
    @Autowired NotesService notes;
    @Autowired CheckInService checkIns;
    @Autowired CheckInLinks checkInLinks;
    TestPractice.Practice practice;
    LocalDate today;

    @BeforeEach
    void aCoach() {
        practice = testPractice.open("Europe/Berlin");
        today = LocalDate.ofInstant(TestClock.get().instant(), ZoneOffset.UTC);
    }

    @Test
    void openingsAreCountedPerSectionAndAnythingUnknownCountsAsTheClosingCallToAction() {
        signIn.as(practice.coach().email());
        SectionFunnel before = row(funnel(), "black-and-white-thinking");
        SectionFunnel closingBefore = row(funnel(), ArticleEntries.CLOSING);

        entries.opened("black-and-white-thinking");
        entries.opened("black-and-white-thinking");
        entries.opened(null);
        entries.opened("<script>");

        assertThat(row(funnel(), "black-and-white-thinking").opened()).isEqualTo(before.opened() + 2);
        assertThat(row(funnel(), ArticleEntries.CLOSING).opened()).isEqualTo(closingBefore.opened() + 2);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'booking_flow_opened'",
                String.class)).containsExactlyInAnyOrder("day", "section", "opened");
    }

    @Test
    void aBookingFromASectionCountsThereWithWhatItsNotesAndCheckInsThenDweltOn() {
        Confirmation booked = bookFrom("black-and-white-thinking");
        bookingService.book(request(testPractice.freeTimes(practice, 4).getFirst()), FormAnswers.none());
        checkIns.answerByLink(checkInLinks.tokenFor(booked.booking()),
                new CheckInAnswers(Map.of("mistakes-as-growth", 4, "not-all-bad", 1), ""));
        signIn.as(practice.coach().email());
        TestClock.get().runFrom(booked.booking().end());
        calendar.markCompleted(booked.booking().id());
        Note note = notes.noteForSession(booked.booking().id());
        notes.save(note.id(), note.version(), new NoteDraft("Private.", List.of(new PrincipleTag("not-always-on", 2)), List.of()));

        SectionFunnel section = row(funnel(), "black-and-white-thinking");
        assertThat(section.booked()).isEqualTo(1);
        assertThat(section.completed()).isEqualTo(1);
        assertThat(section.notesDwelt()).containsExactly("You don't have to be \"on\" all the time (1)");
        assertThat(section.checkInsDwelt()).containsExactly("Mistakes as growth (1)");
        assertThat(row(funnel(), ArticleEntries.CLOSING).booked()).as("a booking made without the booking page has no section").isZero();

        TestPractice.Practice other = testPractice.open("Europe/Berlin");
        signIn.as(other.coach().email());
        assertThat(row(funnel(), "black-and-white-thinking").booked()).as("another coach's bookings are hers only").isZero();
    }

    @Test
    void aPeriodMustEndAfterItBeginsAndLastAtMostTwoYears() {
        signIn.as(practice.coach().email());
        assertThatThrownBy(() -> insights.articleFunnel(today, today.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> insights.articleFunnel(null, today)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> insights.articleFunnel(today.minusDays(InsightsService.MAX_DAYS), today)).isInstanceOf(InvalidInputException.class);
        assertThat(insights.articleFunnel(today, today)).hasSize(8).last().extracting(SectionFunnel::section).isEqualTo(ArticleEntries.CLOSING);
    }

    private Confirmation bookFrom(String section) {
        return bookingService.book(request(testPractice.freeTimes(practice, 3).getFirst()), FormAnswers.fromBookingPage(Map.of(), section));
    }

    private BookingRequest request(Instant start) {
        return new BookingRequest(practice.session().id(), start, "Funnel Reader", "funnel-" + UUID.randomUUID() + "@example.org", "", "", "",
                "Europe/Berlin", UUID.randomUUID());
    }

    private List<SectionFunnel> funnel() {
        return insights.articleFunnel(today.minusDays(30), today.plusDays(30));
    }

    private static SectionFunnel row(List<SectionFunnel> funnel, String section) {
        return funnel.stream().filter(row -> row.section().equals(section)).findFirst().orElseThrow();
    }
}
