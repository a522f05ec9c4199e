package app.goodenough.notes;

import app.goodenough.identity.AccountId;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.schedule.BookingId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A session note (or a general note on a client when it has no booking). */
public record Note(
        NoteId id,
        AccountId clientId,
        @Nullable BookingId bookingId,
        String body,
        List<String> freeTags,
        List<PrincipleTag> principles,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant signedAt,
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
