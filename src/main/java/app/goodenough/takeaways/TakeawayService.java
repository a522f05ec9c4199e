package app.goodenough.takeaways;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.notes.NoteId;
import app.goodenough.practice.PracticeService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.TypedText;
import app.goodenough.takeaways.internal.TakeawayRepository;
import app.goodenough.takeaways.internal.TakeawayRepository.OwnNote;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beside a session's private note, the coach writes what the client takes away, and shares it
 * when she chooses (by email too, if she likes); each sharing is recorded. Signing the note
 * freezes its takeaway. The client sees only what was shared, never the note or the working copy.
 */
@Service
public class TakeawayService {

    /** How many takeaways My sessions shows at most: years of weekly sessions. */
    static final int CLIENT_LIMIT = 500;

    private final TakeawayRepository takeaways;
    private final PracticeService practice;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TakeawayService(TakeawayRepository takeaways, PracticeService practice, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.takeaways = takeaways;
        this.practice = practice;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The takeaway beside one of the coach's notes; an empty one when she has written none. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional(readOnly = true)
    public Takeaway ofNote(NoteId note) {
        return takeaways.of(me(), ownNote(note, false));
    }

    /** Keeps the coach's working copy; the client sees nothing of it until she shares it. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional
    public Takeaway saveDraft(NoteId note, String text) {
        OwnNote own = ownNote(note, true);
        if (own.signed()) {
            throw new InvalidInputException("takeaway", "The note is signed, so its takeaway cannot change any more.");
        }
        String draft = text.strip();
        if (draft.codePointCount(0, draft.length()) > Takeaway.MAX_LENGTH) {
            throw new InvalidInputException("takeaway", "Please keep the takeaway to " + Takeaway.MAX_LENGTH + " characters.");
        }
        TypedText.require("takeaway", draft);
        takeaways.saveDraft(me(), own, draft, clock.instant());
        return takeaways.of(me(), own);
    }

    /** Shows the working copy to the client in My sessions, and by email when asked; recorded each time. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional
    public Takeaway share(NoteId note, boolean byEmail) {
        OwnNote own = ownNote(note, true);
        Takeaway current = takeaways.of(me(), own);
        if (current.draft().isBlank()) {
            throw new InvalidInputException("takeaway", "Write the takeaway first.");
        }
        takeaways.share(me(), me(), note, byEmail, clock.instant());
        if (byEmail) {
            var coach = practice.myProfile();
            events.publishEvent(new TakeawayShared(own.clientEmail(), own.clientName(), coach.displayName(), coach.email(), current.draft()));
        }
        return takeaways.of(me(), own);
    }

    /** How many times the coach shared the takeaway of one of her notes. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional(readOnly = true)
    public int timesShared(NoteId note) {
        return takeaways.timesShared(me(), ownNote(note, false).id());
    }

    /** What the signed-in client's coaches have shared with them, newest first. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    public List<SharedTakeaway> sharedWithMe() {
        return takeaways.sharedWith(me(), CLIENT_LIMIT);
    }

    private OwnNote ownNote(NoteId note, boolean lock) {
        return takeaways.ownNote(me(), note, lock).orElseThrow(() -> new InvalidInputException("note", "There is no such note."));
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
