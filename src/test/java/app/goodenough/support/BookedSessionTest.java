package app.goodenough.support;

import app.goodenough.notes.NotesService;
import app.goodenough.schedule.Confirmation;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test that starts with a coach of their own, one session a reader booked and just begun (so its
 * note can be signed), and the coach signed in: for notes and their search.
 */
public abstract class BookedSessionTest extends ServiceTest {

    @Autowired protected NotesService notesService;
    protected TestPractice.Practice practice;
    protected Confirmation session;

    @BeforeEach
    void aCoachWithABookedSession() {
        practice = testPractice.open("Europe/Berlin");
        session = testPractice.bookFirstFreeTime(practice, 4, "Noted Reader", "not-always-on");
        TestClock.get().runFrom(session.booking().start().plusSeconds(60));
        signIn.as(practice.coach().email());
    }
}
