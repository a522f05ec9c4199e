package app.goodenough.privacy;

import app.goodenough.identity.AccountId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A client's request to be forgotten; {@code decidedAt} once their coach decided, {@code withdrawnAt} if the client took it back first. */
public record ErasureRequest(UUID id, AccountId clientId, String clientName, Instant requestedAt, String reason,
        Optional<Instant> withdrawnAt, Optional<Instant> decidedAt, Optional<Boolean> notesDeletedAtOnce) {

    public static final int MAX_REASON_LENGTH = 2000;

    public boolean open() {
        return decidedAt.isEmpty() && withdrawnAt.isEmpty();
    }
}
