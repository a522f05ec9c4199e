package app.goodenough.intake.internal;

import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.INTAKE_ANSWER;
import static app.goodenough.jooq.Tables.INTAKE_QUESTION;
import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.identity.AccountId;
import app.goodenough.intake.IntakeAnswer;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.schedule.BookingId;
import app.goodenough.sessiontypes.SessionTypeId;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Intake questions per session type, and each booking's answers with its questions as they were asked. */
@Repository
public class IntakeRepository {

    private final DSLContext db;

    IntakeRepository(DSLContext db) {
        this.db = db;
    }

    public List<IntakeQuestion> questions(SessionTypeId type) {
        return db.select(INTAKE_QUESTION.POSITION, INTAKE_QUESTION.KIND, INTAKE_QUESTION.PROMPT, INTAKE_QUESTION.CHOICES, INTAKE_QUESTION.REQUIRED)
                .from(INTAKE_QUESTION)
                .where(INTAKE_QUESTION.SESSION_TYPE_ID.eq(type))
                .orderBy(INTAKE_QUESTION.POSITION)
                .fetch(row -> new IntakeQuestion(row.value1(), IntakeQuestion.Kind.valueOf(row.value2()), row.value3(),
                        List.of(row.value4()), row.value5()));
    }

    public boolean isTypeOf(AccountId coach, SessionTypeId type) {
        return db.fetchExists(SESSION_TYPE, SESSION_TYPE.ID.eq(type).and(SESSION_TYPE.COACH_ID.eq(coach)));
    }

    /** Replaces a session type's questions whole; answers already given keep their own copy of the questions. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(AccountId coach, SessionTypeId type, List<IntakeQuestion> questions) {
        db.deleteFrom(INTAKE_QUESTION).where(INTAKE_QUESTION.SESSION_TYPE_ID.eq(type).and(INTAKE_QUESTION.COACH_ID.eq(coach))).execute();
        if (questions.isEmpty()) {
            return;
        }
        var insert = db.insertInto(INTAKE_QUESTION, INTAKE_QUESTION.COACH_ID, INTAKE_QUESTION.SESSION_TYPE_ID, INTAKE_QUESTION.POSITION,
                INTAKE_QUESTION.KIND, INTAKE_QUESTION.PROMPT, INTAKE_QUESTION.CHOICES, INTAKE_QUESTION.REQUIRED);
        for (IntakeQuestion question : questions) {
            insert = insert.values(coach, type, (short) question.position(), question.kind().name(), question.prompt(),
                    question.choices().toArray(String[]::new), question.required());
        }
        insert.execute();
    }

    /** Writes a booking's answers, each with its question as asked, in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertAnswers(BookingId booking, AccountId coach, List<IntakeQuestion> questions, Map<Integer, String> answers) {
        var insert = db.insertInto(INTAKE_ANSWER, INTAKE_ANSWER.BOOKING_ID, INTAKE_ANSWER.COACH_ID, INTAKE_ANSWER.POSITION, INTAKE_ANSWER.PROMPT,
                INTAKE_ANSWER.ANSWER);
        boolean any = false;
        for (IntakeQuestion question : questions) {
            String answer = answers.getOrDefault(question.position(), "").strip();
            if (!answer.isEmpty()) {
                insert = insert.values(booking, coach, (short) question.position(), question.prompt(), answer);
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /** A client's answers in all their sessions with the coach, session by session. */
    public List<IntakeAnswer> answersOfClient(AccountId coach, AccountId client) {
        return find(INTAKE_ANSWER.COACH_ID.eq(coach).and(BOOKING.COACH_ID.eq(coach)).and(BOOKING.CLIENT_ID.eq(client)));
    }

    /** A client's own answers, with every coach, in the sessions confirmed as theirs. */
    public List<IntakeAnswer> answersOfClient(AccountId client) {
        return find(BOOKING.CLIENT_ID.eq(client).and(BOOKING.AWAITS_CLIENT.isFalse()));
    }

    public List<IntakeAnswer> answers(AccountId coach, BookingId booking) {
        return find(INTAKE_ANSWER.BOOKING_ID.eq(booking).and(INTAKE_ANSWER.COACH_ID.eq(coach)));
    }

    private List<IntakeAnswer> find(Condition condition) {
        return db.select(INTAKE_ANSWER.BOOKING_ID, BOOKING.STARTS_AT, INTAKE_ANSWER.POSITION, INTAKE_ANSWER.PROMPT, INTAKE_ANSWER.ANSWER)
                .from(INTAKE_ANSWER).join(BOOKING).on(BOOKING.ID.eq(INTAKE_ANSWER.BOOKING_ID))
                .where(condition)
                .orderBy(BOOKING.STARTS_AT, INTAKE_ANSWER.POSITION)
                .fetch(row -> new IntakeAnswer(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }
}
