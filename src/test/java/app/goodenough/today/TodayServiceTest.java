package app.goodenough.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.mail.Undelivered;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NoteToWrite;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.BerlinPracticeTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coach's day on real PostgreSQL: today's and tomorrow's sessions with their focus, the
 * completed sessions whose note is not signed, the failing messages about the coach's own
 * sessions only, and the week in numbers, all in the coach's zone on the test clock.
 */
class TodayServiceTest extends BerlinPracticeTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired TodayService today;
    @Autowired CoachCalendarService calendar;
    @Autowired NotesService notes;

    Confirmation first;
    Confirmation second;
    Confirmation tomorrows;
    Confirmation elsewhere;

    @BeforeEach
    void aDayWithTwoSessionsAndOneTomorrow() {
        first = testPractice.book(practice, free.getFirst(), BERLIN);
        second = testPractice.book(practice, free.get(4), BERLIN);
        LocalDate day = free.getFirst().atZone(BERLIN).toLocalDate();
        tomorrows = testPractice.book(practice, testPractice.firstFreeStartFrom(practice, day.plusDays(1)), BERLIN);
        TestPractice.Practice other = testPractice.open("Europe/Berlin");
        elsewhere = testPractice.book(other, testPractice.firstFreeStartFrom(other, day), BERLIN);
        TestClock.get().freezeAt(first.booking().start().plusSeconds(55 * 60));
        signIn.as(practice.coach().email());
    }

    @Test
    void todayAndTomorrowAreTheCoachsOwnSessionsInTheirZone() {
        CoachDay day = today.myDay();

        assertThat(day.date()).isEqualTo(first.booking().start().atZone(BERLIN).toLocalDate());
        assertThat(day.today()).extracting(CalendarEntry::id).containsExactly(first.booking().id(), second.booking().id());
        assertThat(day.tomorrow()).extracting(CalendarEntry::id).containsExactly(tomorrows.booking().id());
        assertThat(day.today()).noneMatch(entry -> entry.id().equals(elsewhere.booking().id()));
    }

    @Test
    void aCompletedSessionWaitsForItsSignedNoteAndLeavesTheListOnceSigned() {
        calendar.markCompleted(first.booking().id());

        assertThat(today.myDay().notesToWrite()).extracting(NoteToWrite::session).containsExactly(first.booking().id());
        Note note = notes.noteForSession(first.booking().id());
        Note saved = notes.save(note.id(), note.version(), new NoteDraft("We began.", List.of(), List.of()));
        assertThat(today.myDay().notesToWrite()).as("a draft is not written yet").hasSize(1);
        notes.sign(saved.id(), saved.version());

        assertThat(today.myDay().notesToWrite()).isEmpty();
    }

    @Test
    void onlyFailingMessagesAboutTheCoachsOwnSessionsShowWithoutTheirText() {
        jdbc.update("update outbox_message set attempts = 3, last_error = '421 try later' where booking_id in (?, ?)",
                first.booking().id().value(), elsewhere.booking().id().value());

        List<Undelivered> failing = today.myDay().undelivered();

        assertThat(failing).isNotEmpty().allSatisfy(message -> {
            assertThat(message.attempts()).isEqualTo(3);
            assertThat(message.toString()).doesNotContain("manage/", "421");
        });
        int mine = jdbc.queryForObject("select count(*) from outbox_message where booking_id = ? and sent_at is null and voided_at is null",
                Integer.class, first.booking().id().value());
        assertThat(failing).hasSize(mine);
    }

    @Test
    void theWeekCountsWhatHappenedAndWhatIsToCome() {
        calendar.markCompleted(first.booking().id());
        calendar.cancel(second.booking().id(), "Ill.");

        WeekNumbers week = today.myDay().week();

        LocalDate tomorrow = first.booking().start().atZone(BERLIN).toLocalDate().plusDays(1);
        boolean tomorrowInWeek = !tomorrow.isAfter(week.monday().plusDays(6));
        assertThat(week.completed()).isOne();
        assertThat(week.cancelled()).isOne();
        assertThat(week.noShows()).isZero();
        assertThat(week.toCome()).isEqualTo(tomorrowInWeek ? 1 : 0);
        assertThat(week.sessions()).isEqualTo(tomorrowInWeek ? 2 : 1);
        assertThat(calendar.myBooking(second.booking().id()).status()).isEqualTo(BookingStatus.CANCELLED);
    }
}
