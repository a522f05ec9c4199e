package app.goodenough.privacy;

import java.util.List;

/**
 * One client's whole record with one coach, for a transfer or a records request: contact,
 * sessions, every note with all its versions and addenda, and the principle story.
 */
public record ClientRecord(String exportedAt, String coach, MyData.Person client, List<Session> sessions, List<RecordedNote> notes,
        List<StoryEntry> principleStory) {

    public record Session(String sessionType, String start, String end, String status, String focus, String clientMessage) {
    }

    public record RecordedNote(String id, String sessionStart, String created, String signed, String text, List<String> freeTags,
            List<Tag> principles, List<Version> versions, List<Addendum> addenda) {
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
