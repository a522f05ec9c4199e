package app.goodenough.answertrail;

import app.goodenough.answertrail.internal.AnswerReadRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail of every time a coach's screen showed what a client answered (a check-in, intake
 * answers): who, whose, which session and when, never what. Written in the transaction of the read.
 */
@Component
public class AnswerTrail {

    /**
     * What was shown: one session's check-in, a client's check-ins over time, one session's (or,
     * with no session, a client's) intake answers, or the coach's calendar feed with its sessions' intake answers.
     */
    public enum Shown { CHECK_IN, CHECK_INS, INTAKE, FEED }

    private final AnswerReadRepository reads;
    private final Clock clock;

    AnswerTrail(AnswerReadRepository reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** Records a showing about a client as a whole (or, with no client, about the coach's sessions as a whole). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shown(AccountId coach, AccountId reader, @Nullable AccountId client, Shown what) {
        reads.insert(coach, reader, client, what.name(), clock.instant());
    }

    /** Records a showing about one of the coach's sessions, whose client the session itself says. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shownForSession(AccountId coach, AccountId reader, BookingId session, Shown what) {
        reads.insertForSession(coach, reader, session, what.name(), clock.instant());
    }

    /** How many times {@code what} of a client was shown to anyone; for the tests and the record of a client. */
    @Transactional(readOnly = true)
    public int timesShown(AccountId coach, AccountId client, Shown what) {
        return reads.count(coach, client, what.name());
    }
}
