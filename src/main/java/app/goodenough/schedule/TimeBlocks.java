package app.goodenough.schedule;

import app.goodenough.availability.TimeRange;
import app.goodenough.database.DatabaseRefusals;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.internal.ClaimRepository;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.TypedText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time a coach keeps free of bookings. A block is a claim like a booked session's, so the same
 * exclusion constraint keeps blocks and sessions apart. The caller says whose calendar it is.
 */
@Component
public class TimeBlocks {

    private static final int MAX_NOTE_LENGTH = 200;

    private final ClaimRepository claims;

    TimeBlocks(ClaimRepository claims) {
        this.claims = claims;
    }

    public List<BlockedTime> between(AccountId coachId, Instant from, Instant to) {
        return claims.blocks(coachId, from, to);
    }

    /**
     * Blocks the period with a note only the coach sees; refused at the field {@code day} where it
     * would cover a booked session or another block.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID block(AccountId coachId, TimeRange period, @Nullable String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "Keep the note to " + MAX_NOTE_LENGTH + " characters.");
        }
        TypedText.require("note", text);
        try {
            return claims.block(coachId, period, text);
        } catch (DataIntegrityViolationException refused) {
            if (DatabaseRefusals.isOverlap(refused)) {
                throw new InvalidInputException("day", "That time overlaps a booked session or another block.");
            }
            throw refused;
        }
    }

    /** False when the coach has no such block. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean unblock(AccountId coachId, UUID blockId) {
        return claims.unblock(coachId, blockId);
    }
}
