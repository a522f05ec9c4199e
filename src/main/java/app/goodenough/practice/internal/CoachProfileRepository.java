package app.goodenough.practice.internal;

import static app.goodenough.jooq.Tables.ACCOUNT;
import static app.goodenough.jooq.Tables.COACH_CLIENT;
import static app.goodenough.jooq.Tables.COACH_PROFILE;

import app.goodenough.identity.AccountId;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.CoachProfile;
import app.goodenough.practice.PublicCoach;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class CoachProfileRepository {

    private final DSLContext db;

    CoachProfileRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<CoachProfile> findByCoach(AccountId coachId) {
        return db.select(
                        COACH_PROFILE.ACCOUNT_ID,
                        ACCOUNT.DISPLAY_NAME,
                        ACCOUNT.EMAIL,
                        COACH_PROFILE.TIME_ZONE,
                        DSL.field(DSL.selectCount().from(COACH_CLIENT).where(COACH_CLIENT.COACH_ID.eq(COACH_PROFILE.ACCOUNT_ID))))
                .from(COACH_PROFILE)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(COACH_PROFILE.ACCOUNT_ID))
                .where(COACH_PROFILE.ACCOUNT_ID.eq(coachId))
                .fetchOptional(Records.mapping(CoachProfile::new));
    }

    public Optional<PublicCoach> findPublic(AccountId coachId) {
        return db.select(COACH_PROFILE.ACCOUNT_ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL, COACH_PROFILE.TIME_ZONE)
                .from(COACH_PROFILE)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(COACH_PROFILE.ACCOUNT_ID))
                .where(COACH_PROFILE.ACCOUNT_ID.eq(coachId))
                .fetchOptional(Records.mapping(PublicCoach::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(AccountId coachId, ZoneId timeZone) {
        db.insertInto(COACH_PROFILE)
                .columns(COACH_PROFILE.ACCOUNT_ID, COACH_PROFILE.TIME_ZONE)
                .values(coachId, timeZone)
                .execute();
    }

    public List<ClientSummary> clientsOf(AccountId coachId) {
        return clients(COACH_CLIENT.COACH_ID.eq(coachId))
                .orderBy(DSL.lower(ACCOUNT.DISPLAY_NAME))
                .fetch(Records.mapping(ClientSummary::new));
    }

    public Optional<ClientSummary> clientOf(AccountId coachId, AccountId clientId) {
        return clients(COACH_CLIENT.COACH_ID.eq(coachId).and(COACH_CLIENT.CLIENT_ID.eq(clientId)))
                .fetchOptional(Records.mapping(ClientSummary::new));
    }

    private SelectConditionStep<Record3<AccountId, String, String>> clients(Condition condition) {
        return db.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL)
                .from(COACH_CLIENT)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(COACH_CLIENT.CLIENT_ID))
                .where(condition);
    }

    public boolean isClientOf(AccountId coachId, AccountId clientId) {
        return db.fetchExists(COACH_CLIENT, COACH_CLIENT.COACH_ID.eq(coachId).and(COACH_CLIENT.CLIENT_ID.eq(clientId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateTimeZone(AccountId coachId, ZoneId timeZone) {
        db.update(COACH_PROFILE)
                .set(COACH_PROFILE.TIME_ZONE, timeZone)
                .set(COACH_PROFILE.VERSION, COACH_PROFILE.VERSION.plus(1))
                .where(COACH_PROFILE.ACCOUNT_ID.eq(coachId))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void addClient(AccountId coachId, AccountId clientId) {
        db.insertInto(COACH_CLIENT)
                .columns(COACH_CLIENT.COACH_ID, COACH_CLIENT.CLIENT_ID)
                .values(coachId, clientId)
                .onConflictDoNothing()
                .execute();
    }
}
