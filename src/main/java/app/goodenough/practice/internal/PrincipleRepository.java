package app.goodenough.practice.internal;

import static app.goodenough.jooq.Tables.PRINCIPLE;

import app.goodenough.practice.Principle;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
public class PrincipleRepository {

    private final DSLContext db;

    PrincipleRepository(DSLContext db) {
        this.db = db;
    }

    public List<Principle> findAll() {
        return db.select(PRINCIPLE.SLUG, PRINCIPLE.NUMBER.cast(Integer.class), PRINCIPLE.TITLE, PRINCIPLE.SUMMARY, PRINCIPLE.COLOUR)
                .from(PRINCIPLE)
                .orderBy(PRINCIPLE.NUMBER)
                .fetch(Records.mapping(Principle::new));
    }
}
