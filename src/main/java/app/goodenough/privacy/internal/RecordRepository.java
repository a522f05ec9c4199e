package app.goodenough.privacy.internal;

import static app.goodenough.jooq.Tables.BOOKING;
import static app.goodenough.jooq.Tables.COACH_CLIENT;
import static app.goodenough.jooq.Tables.NOTE;
import static app.goodenough.jooq.Tables.NOTE_ADDENDUM;
import static app.goodenough.jooq.Tables.NOTE_AUDIT;
import static app.goodenough.jooq.Tables.NOTE_PRINCIPLE;
import static app.goodenough.jooq.Tables.NOTE_VERSION;
import static app.goodenough.jooq.Tables.SESSION_TYPE;
import static app.goodenough.jooq.Tables.TAKEAWAY;

import app.goodenough.identity.AccountId;
import app.goodenough.privacy.ClientRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** One coach's record of one client: sessions, notes with every version and addendum, the principle story. Every query carries the coach. */
@Repository
public class RecordRepository {

    private final DSLContext db;

    RecordRepository(DSLContext db) {
        this.db = db;
    }

    /** The coach's clients, in the order they became clients. */
    public List<AccountId> clientsOf(AccountId coach) {
        return db.select(COACH_CLIENT.CLIENT_ID).from(COACH_CLIENT).where(COACH_CLIENT.COACH_ID.eq(coach))
                .orderBy(COACH_CLIENT.CREATED_AT, COACH_CLIENT.CLIENT_ID).fetch(COACH_CLIENT.CLIENT_ID);
    }

    public List<ClientRecord.Session> sessions(AccountId coach, AccountId client) {
        return db.select(SESSION_TYPE.NAME, BOOKING.STARTS_AT, BOOKING.ENDS_AT, BOOKING.STATUS, BOOKING.FOCUS_PRINCIPLE, BOOKING.CLIENT_MESSAGE)
                .from(BOOKING).join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(BOOKING.SESSION_TYPE_ID))
                .where(BOOKING.COACH_ID.eq(coach).and(BOOKING.CLIENT_ID.eq(client)).and(BOOKING.AWAITS_CLIENT.isFalse()))
                .orderBy(BOOKING.STARTS_AT)
                .fetch(row -> new ClientRecord.Session(row.value1(), PrivacyRepository.iso(row.value2()), PrivacyRepository.iso(row.value3()),
                        row.value4().name(), row.value5() == null ? "" : row.value5(), row.value6()));
    }

    public List<ClientRecord.RecordedNote> notes(AccountId coach, AccountId client) {
        return db.select(NOTE.ID, BOOKING.STARTS_AT, NOTE.CREATED_AT, NOTE.SIGNED_AT, NOTE.BODY, NOTE.FREE_TAGS,
                        DSL.multiset(DSL.select(NOTE_PRINCIPLE.PRINCIPLE, NOTE_PRINCIPLE.STANCE.convertFrom(s -> s == null ? null : s.intValue()))
                                .from(NOTE_PRINCIPLE).where(NOTE_PRINCIPLE.NOTE_ID.eq(NOTE.ID)).orderBy(NOTE_PRINCIPLE.PRINCIPLE))
                                .convertFrom(rows -> rows.map(Records.mapping(ClientRecord.Tag::new))),
                        DSL.multiset(DSL.select(NOTE_VERSION.VERSION, NOTE_VERSION.SAVED_AT, NOTE_VERSION.BODY)
                                .from(NOTE_VERSION).where(NOTE_VERSION.NOTE_ID.eq(NOTE.ID)).orderBy(NOTE_VERSION.VERSION))
                                .convertFrom(rows -> rows.map(row -> new ClientRecord.Version(row.value1(), PrivacyRepository.iso(row.value2()),
                                        row.value3()))),
                        DSL.multiset(DSL.select(NOTE_ADDENDUM.ADDED_AT, NOTE_ADDENDUM.BODY)
                                .from(NOTE_ADDENDUM).where(NOTE_ADDENDUM.NOTE_ID.eq(NOTE.ID)).orderBy(NOTE_ADDENDUM.ADDED_AT))
                                .convertFrom(rows -> rows.map(row -> new ClientRecord.Addendum(PrivacyRepository.iso(row.value1()), row.value2()))),
                        DSL.coalesce(TAKEAWAY.DRAFT, ""), DSL.coalesce(TAKEAWAY.SHARED_TEXT, ""))
                .from(NOTE).leftJoin(BOOKING).on(BOOKING.ID.eq(NOTE.BOOKING_ID)).leftJoin(TAKEAWAY).on(TAKEAWAY.NOTE_ID.eq(NOTE.ID))
                .where(NOTE.COACH_ID.eq(coach).and(NOTE.CLIENT_ID.eq(client)))
                .orderBy(NOTE.CREATED_AT, NOTE.ID)
                .fetch(row -> new ClientRecord.RecordedNote(row.value1().value().toString(), PrivacyRepository.iso(row.value2()),
                        PrivacyRepository.iso(row.value3()), PrivacyRepository.iso(row.value4()), row.value5(), Arrays.asList(row.value6()),
                        row.value7(), row.value8(), row.value9(), row.value10(), row.value11()));
    }

    /** Every principle tagged in a note (at the session's date, or the note's) and every session's focus, in time order. */
    public List<ClientRecord.StoryEntry> story(List<ClientRecord.RecordedNote> notes, List<ClientRecord.Session> sessions) {
        List<ClientRecord.StoryEntry> story = new ArrayList<>();
        for (ClientRecord.RecordedNote note : notes) {
            String date = (note.sessionStart().isEmpty() ? note.created() : note.sessionStart()).substring(0, 10);
            note.principles().forEach(tag -> story.add(new ClientRecord.StoryEntry(date, tag.principle(), tag.stance(), "note")));
        }
        sessions.stream().filter(session -> !session.focus().isEmpty())
                .forEach(session -> story.add(new ClientRecord.StoryEntry(session.start().substring(0, 10), session.focus(), null, "session focus")));
        story.sort(Comparator.comparing(ClientRecord.StoryEntry::date).thenComparing(ClientRecord.StoryEntry::principle));
        return story;
    }

    /** Records an export of each of the client's notes with the coach in the notes' audit trail. */
    public void auditExport(AccountId coach, AccountId client) {
        db.insertInto(NOTE_AUDIT, NOTE_AUDIT.COACH_ID, NOTE_AUDIT.ACTOR_ID, NOTE_AUDIT.NOTE_ID, NOTE_AUDIT.ACTION)
                .select(DSL.select(NOTE.COACH_ID, NOTE.COACH_ID, NOTE.ID, DSL.inline("EXPORT"))
                        .from(NOTE).where(NOTE.COACH_ID.eq(coach).and(NOTE.CLIENT_ID.eq(client))))
                .execute();
    }
}
