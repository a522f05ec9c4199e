package app.goodenough.availability.internal;

import static app.goodenough.jooq.Tables.SESSION_TYPE;

import app.goodenough.account.AccountId;
import app.goodenough.availability.NewSessionType;
import app.goodenough.availability.SessionType;
import app.goodenough.availability.SessionTypeId;
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

    @Transactional(propagation = Propagation.MANDATORY)
    public SessionTypeId insert(AccountId coachId, NewSessionType type) {
        return db.insertInto(SESSION_TYPE)
                .columns(SESSION_TYPE.COACH_ID, SESSION_TYPE.NAME, SESSION_TYPE.DURATION_MINUTES, SESSION_TYPE.DESCRIPTION,
                        SESSION_TYPE.PRICE_LABEL, SESSION_TYPE.COLOUR, SESSION_TYPE.POSITION)
                .values(DSL.val(coachId), DSL.val(type.name()), DSL.val(type.durationMinutes()), DSL.val(type.description()),
                        DSL.val(type.priceLabel()), DSL.val(type.colour()),
                        DSL.field(DSL.select(DSL.coalesce(DSL.max(SESSION_TYPE.POSITION), 0).plus(1))
                                .from(SESSION_TYPE).where(SESSION_TYPE.COACH_ID.eq(coachId))))
                .returning(SESSION_TYPE.ID)
                .fetchSingle(SESSION_TYPE.ID);
    }

    private List<SessionType> select(Condition condition) {
        return db.select(SESSION_TYPE.ID, SESSION_TYPE.COACH_ID, SESSION_TYPE.NAME, SESSION_TYPE.DURATION_MINUTES,
                        SESSION_TYPE.DESCRIPTION, SESSION_TYPE.PRICE_LABEL, SESSION_TYPE.COLOUR, SESSION_TYPE.ACTIVE)
                .from(SESSION_TYPE)
                .where(condition)
                .orderBy(SESSION_TYPE.COACH_ID, SESSION_TYPE.POSITION, SESSION_TYPE.NAME)
                .fetch(Records.mapping(SessionType::new));
    }
}
