package app.goodenough.privacy;

import app.goodenough.checkins.CheckIn;
import app.goodenough.intake.IntakeAnswer;
import java.util.List;

/**
 * One client's whole record with one coach, for a transfer or a records request: contact,
 * sessions, every note with all its versions, addenda and takeaway, the principle story, and the
 * client's check-ins and answers when booking.
 */
public record ClientRecord(String exportedAt, String coach, MyData.Person client, List<Session> sessions, List<RecordedNote> notes,
        List<StoryEntry> principleStory, List<CheckIn> checkIns, List<IntakeAnswer> intakeAnswers) {

    public record Session(String sessionType, String start, String end, String status, String focus, String clientMessage) {
    }

    /** @param takeaway the takeaway for the client as last written; {@code sharedTakeaway} what they were shown, if anything */
    public record RecordedNote(String id, String sessionStart, String created, String signed, String text, List<String> freeTags,
            List<Tag> principles, List<Version> versions, List<Addendum> addenda, String takeaway, String sharedTakeaway) {
    }

    public record Tag(String principle, Integer stance) {
    }

    public record Version(int version, String saved, String text) {
    }

    public record Addendum(String added, String text) {
    }

    /** A principle that came up: tagged in a note (with the stance, if any) or chosen as a session's focus. */
    public record StoryEntry(String date, String principle, Integer stance, String from) {
    }
}
