package app.goodenough.privacy;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.privacy.internal.Anonymisation;
import app.goodenough.privacy.internal.NotePurge;
import app.goodenough.privacy.internal.PrivacyRepository;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's side of erasure: the open requests of the coach's own clients, and the decision on
 * one. Either way the client is anonymised at once; their notes with this coach are deleted at
 * once, or kept for the coach's retention period after the client's last session and then purged
 * by the daily job. Each step goes into the privacy trail.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class ErasureService {

    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 100;

    private final PrivacyRepository privacy;
    private final Anonymisation anonymisation;
    private final NotePurge notePurge;
    private final CurrentUser currentUser;
    private final Clock clock;

    ErasureService(PrivacyRepository privacy, Anonymisation anonymisation, NotePurge notePurge, CurrentUser currentUser, Clock clock) {
        this.privacy = privacy;
        this.anonymisation = anonymisation;
        this.notePurge = notePurge;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open requests of the coach's clients, oldest first. */
    public List<ErasureRequest> openRequests() {
        return privacy.openRequestsFor(me());
    }

    /**
     * Erases the client of an open request of the coach's.
     *
     * @throws InvalidInputException when there is no such open request of one of the coach's clients
     */
    @Transactional
    public void decide(UUID requestId, boolean deleteNotesAtOnce) {
        AccountId coach = me();
        ErasureRequest request = privacy.openRequestOfMyClient(requestId, coach)
                .orElseThrow(() -> new InvalidInputException("request", "This request is decided already, or not one of your clients'."));
        Instant now = clock.instant();
        privacy.decide(request.id(), coach, deleteNotesAtOnce, now);
        anonymisation.anonymise(request.clientId(), now);
        privacy.record("CLIENT_ANONYMISED", request.clientId(), coach, coach, "", now);
        if (deleteNotesAtOnce) {
            notePurge.purgeNow(request.clientId(), coach);
        } else {
            privacy.record("NOTES_KEPT", request.clientId(), coach, coach,
                    privacy.noteRetentionYears(coach) + " years after the last session", now);
        }
    }

    public int noteRetentionYears() {
        return privacy.noteRetentionYears(me());
    }

    /** @throws InvalidInputException at {@code years} outside 1 to 100 */
    @Transactional
    public void setNoteRetentionYears(int years) {
        if (years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS) {
            throw new InvalidInputException("years", "Keep notes for 1 to 100 years.");
        }
        privacy.setNoteRetentionYears(me(), years);
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
