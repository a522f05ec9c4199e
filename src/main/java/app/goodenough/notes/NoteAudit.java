package app.goodenough.notes;

import app.goodenough.identity.AccountId;
import app.goodenough.notes.internal.NoteAuditRepository.AuditAction;
import app.goodenough.notes.internal.NoteAuditRepository;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who saw which notes, for the features that show notes outside the editor (a search that found nothing is kept too). */
@Component
public class NoteAudit {

    private final NoteAuditRepository audits;

    NoteAudit(NoteAuditRepository audits) {
        this.audits = audits;
    }

    /** The coach saw these notes in a list of search results. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void searched(AccountId coach, List<NoteId> found) {
        audits.auditEach(coach, coach, found.isEmpty() ? Collections.singletonList(null) : found, AuditAction.SEARCH);
    }
}
