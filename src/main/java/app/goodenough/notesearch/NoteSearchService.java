package app.goodenough.notesearch;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.notes.NoteAudit;
import app.goodenough.notes.NoteDraftCheck;
import app.goodenough.notesearch.internal.NoteSearch;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.TypedText;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding the coach's notes by words, principle, tag, client, dates and whether they are signed. */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional
public class NoteSearchService {

    private static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_HITS = 200;

    private final NoteSearch search;
    private final NoteAudit audit;
    private final PracticeService practiceService;
    private final PrincipleService principleService;
    private final CurrentUser currentUser;

    NoteSearchService(NoteSearch search, NoteAudit audit, PracticeService practiceService, PrincipleService principleService,
            CurrentUser currentUser) {
        this.search = search;
        this.audit = audit;
        this.practiceService = practiceService;
        this.principleService = principleService;
        this.currentUser = currentUser;
    }

    /** The newest notes that match, at most {@code limit}; every note found is recorded in its trail. */
    public List<NoteHit> search(NoteQuery query, int limit) {
        if (query.principle() != null && principleService.principles().stream().map(Principle::slug).noneMatch(query.principle()::equals)) {
            throw new InvalidInputException("principle", "Choose one of the seven principles.");
        }
        if (query.tag() != null && query.tag().length() > NoteDraftCheck.MAX_TAG_LENGTH) {
            throw new InvalidInputException("tag", "Choose one of your tags.");
        }
        if (query.text() != null && query.text().length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("text", "Search for at most " + MAX_QUERY_LENGTH + " characters.");
        }
        TypedText.require("text", query.text());
        TypedText.require("tag", query.tag());
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "The end date comes after the start date.");
        }
        List<NoteHit> hits = search.search(me(), query, practiceService.myTimeZone(), Math.max(1, Math.min(limit, MAX_HITS)));
        audit.searched(me(), hits.stream().map(NoteHit::id).toList());
        return hits;
    }

    @Transactional(readOnly = true)
    public List<String> myFreeTags() {
        return search.freeTags(me());
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
