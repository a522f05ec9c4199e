package app.goodenough.notes;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import java.util.List;

/** A session note (or a general note on a client when it has no booking). */
public record Note(
        NoteId id,
        AccountId clientId,
        BookingId bookingId,
        String body,
        List<String> freeTags,
        List<PrincipleTag> principles,
        Instant createdAt,
        Instant updatedAt,
        Instant signedAt,
        Integer version,
        List<Addendum> addenda) {

    public boolean signed() {
        return signedAt != null;
    }

    @Override
    public String toString() {
        return "Note[" + id + ", version " + version + (signed() ? ", signed" : ", draft") + "]";
    }
}
