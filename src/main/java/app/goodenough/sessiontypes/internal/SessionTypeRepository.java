package app.goodenough.sessiontypes.internal;

import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.identity.AccountId;
import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class SessionTypeRepository {

    private final DSLContext db;

    SessionTypeRepository(DSLContext db) {
        this.db = db;
    }

    public List<SessionType> findActive() {
        return select(SESSION_TYPE.ACTIVE.isTrue());
    }

    public Optional<SessionType> findById(SessionTypeId id) {
        return select(SESSION_TYPE.ID.eq(id)).stream().findFirst();
    }

    public List<SessionType> findByCoach(AccountId coachId) {
        return select(SESSION_TYPE.COACH_ID.eq(coachId));
    }

    /** Changes a type of this coach's; false when the coach has no such type. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(AccountId coachId, SessionTypeId id, NewSessionType type) {
        return db.update(SESSION_TYPE)
                .set(SESSION_TYPE.NAME, type.name())
                .set(SESSION_TYPE.DURATION_MINUTES, type.durationMinutes())
                .set(SESSION_TYPE.DESCRIPTION, type.description())
                .set(SESSION_TYPE.PRICE_LABEL, type.priceLabel())
                .set(SESSION_TYPE.PLACE, type.place())
                .set(SESSION_TYPE.PAYMENT, type.payment())
                .set(SESSION_TYPE.COLOUR, type.colour())
                .set(SESSION_TYPE.VERSION, SESSION_TYPE.VERSION.plus(1))
                .where(SESSION_TYPE.ID.eq(id).and(SESSION_TYPE.COACH_ID.eq(coachId)))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setActive(AccountId coachId, SessionTypeId id, boolean active) {
        return db.update(SESSION_TYPE)
                .set(SESSION_TYPE.ACTIVE, active)
                .set(SESSION_TYPE.VERSION, SESSION_TYPE.VERSION.plus(1))
                .where(SESSION_TYPE.ID.eq(id).and(SESSION_TYPE.COACH_ID.eq(coachId)))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public SessionTypeId insert(AccountId coachId, NewSessionType type) {
        return db.insertInto(SESSION_TYPE)
                .columns(SESSION_TYPE.COACH_ID, SESSION_TYPE.NAME, SESSION_TYPE.DURATION_MINUTES, SESSION_TYPE.DESCRIPTION,
                        SESSION_TYPE.PRICE_LABEL, SESSION_TYPE.PLACE, SESSION_TYPE.PAYMENT, SESSION_TYPE.COLOUR, SESSION_TYPE.POSITION)
                .values(DSL.val(coachId), DSL.val(type.name()), DSL.val(type.durationMinutes()), DSL.val(type.description()),
                        DSL.val(type.priceLabel()), DSL.val(type.place()), DSL.val(type.payment()), DSL.val(type.colour()),
                        DSL.field(DSL.select(DSL.coalesce(DSL.max(SESSION_TYPE.POSITION), 0).plus(1))
                                .from(SESSION_TYPE).where(SESSION_TYPE.COACH_ID.eq(coachId))))
                .returning(SESSION_TYPE.ID)
                .fetchSingle(SESSION_TYPE.ID);
    }

    private List<SessionType> select(Condition condition) {
        return db.select(SESSION_TYPE.ID, SESSION_TYPE.COACH_ID, SESSION_TYPE.NAME, SESSION_TYPE.DURATION_MINUTES,
                        SESSION_TYPE.DESCRIPTION, SESSION_TYPE.PRICE_LABEL, SESSION_TYPE.PLACE, SESSION_TYPE.PAYMENT, SESSION_TYPE.COLOUR,
                        SESSION_TYPE.ACTIVE)
                .from(SESSION_TYPE)
                .where(condition)
                .orderBy(SESSION_TYPE.COACH_ID, SESSION_TYPE.POSITION, SESSION_TYPE.NAME)
                .fetch(Records.mapping(SessionType::new));
    }
}
