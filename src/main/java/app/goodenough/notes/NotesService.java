package app.goodenough.notes;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.notes.internal.NoteAuditRepository.AuditAction;
import app.goodenough.notes.internal.NoteAuditRepository;
import app.goodenough.notes.internal.NoteRepository;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.practice.PrincipleTag;
import app.goodenough.schedule.BookingId;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.TypedText;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's private notes. Only the coach who wrote a note can read or change it; a note of
 * another coach's is refused exactly like one that does not exist. Every read and write is
 * recorded in the note audit trail, and no message or log line ever quotes a note.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional
public class NotesService {

    public static final int MAX_ADDENDUM_LENGTH = 20_000;
    private static final int TRAIL_LENGTH = 100;
    private static final int NOTES_TO_WRITE_SHOWN = 20;

    private final NoteRepository notes;
    private final NoteAuditRepository audits;
    private final PracticeService practiceService;
    private final CoachCalendarService calendar;
    private final PrincipleService principleService;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotesService(NoteRepository notes, NoteAuditRepository audits, PracticeService practiceService, CoachCalendarService calendar,
            PrincipleService principleService, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.audits = audits;
        this.practiceService = practiceService;
        this.calendar = calendar;
        this.principleService = principleService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The note of a session, started with the session's focus principle when there is none yet. */
    public Note noteForSession(BookingId bookingId) {
        BookingDetails booking = calendar.myBooking(bookingId);
        if (booking.awaitsClient()) {
            throw new InvalidInputException("booking", "Notes can be written once the owner of the address has confirmed the session.");
        }
        NoteId id = notes.findForBooking(me(), bookingId).orElseGet(() -> create(booking.clientId(), bookingId,
                focusOf(booking).map(slug -> List.of(new PrincipleTag(slug, null))).orElse(List.of())));
        return read(id);
    }

    /** A new general note on one of the coach's clients. */
    public Note newClientNote(AccountId clientId) {
        if (!practiceService.isMyClient(clientId)) {
            throw new InvalidInputException("client", "There is no such client.");
        }
        return read(create(clientId, null, List.of()));
    }

    public Note note(NoteId id) {
        return read(id);
    }

    /**
     * Saves the draft as the next version of the note.
     *
     * @throws NoteChangedElsewhereException when another window saved it since {@code expectedVersion}
     */
    public Note save(NoteId id, int expectedVersion, NoteDraft draft) {
        List<FieldProblem> problems = NoteDraftCheck.problemsWith(draft, principleSlugs());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Note current = owned(id);
        if (current.signed()) {
            throw signedAlready();
        }
        if (!notes.save(me(), id, expectedVersion, draft)) {
            throw new NoteChangedElsewhereException();
        }
        audits.audit(me(), me(), id, AuditAction.SAVE);
        return owned(id);
    }

    /** Makes the note final; afterwards only dated addenda can be added. A session's note, once the session has started. */
    public Note sign(NoteId id, int expectedVersion) {
        Note current = owned(id);
        if (current.signed()) {
            throw signedAlready();
        }
        if (current.bookingId() != null && clock.instant().isBefore(calendar.myBooking(current.bookingId()).start())) {
            throw new InvalidInputException("note", "A session's note can be signed once the session has started.");
        }
        if (current.body().isBlank()) {
            throw new InvalidInputException("body", "Write the note before signing it; an empty note cannot be signed.");
        }
        if (!notes.sign(me(), id, expectedVersion)) {
            throw new NoteChangedElsewhereException();
        }
        audits.audit(me(), me(), id, AuditAction.SIGN);
        return owned(id);
    }

    public Note addAddendum(NoteId id, String text) {
        Note current = owned(id);
        if (!current.signed()) {
            throw new InvalidInputException("addendum", "Addenda are for signed notes; this one can still be edited.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_ADDENDUM_LENGTH) {
            throw new InvalidInputException("addendum", "Write 1 to 20,000 characters.");
        }
        TypedText.require("addendum", body);
        notes.addAddendum(id, body);
        audits.audit(me(), me(), id, AuditAction.ADDENDUM);
        return owned(id);
    }

    /** The coach's notes on one of their clients, with each note's opening shown audited; another coach's client is refused. */
    public ClientNotes notesOn(AccountId clientId) {
        practiceService.myClient(clientId).orElseThrow(() -> new InvalidInputException("client", "There is no such client."));
        List<NoteSummary> timeline = notes.forClient(me(), clientId);
        audits.auditEach(me(), me(), timeline.stream().map(NoteSummary::id).toList(), AuditAction.PREVIEW);
        return new ClientNotes(timeline, notes.taggedPrinciples(me(), clientId), audits.accessesForClient(me(), clientId, TRAIL_LENGTH));
    }

    /** The coach's completed sessions without a signed note, the latest first (at most 20). No note's words are read. */
    public List<NoteToWrite> notesToWrite() {
        return notes.toWrite(me(), NOTES_TO_WRITE_SHOWN);
    }

    public List<NoteVersion> history(NoteId id) {
        owned(id);
        audits.audit(me(), me(), id, AuditAction.HISTORY);
        return notes.versions(me(), id);
    }

    private NoteId create(AccountId clientId, BookingId bookingId, List<PrincipleTag> principles) {
        NoteId id = notes.insert(me(), clientId, bookingId, principles);
        audits.audit(me(), me(), id, AuditAction.CREATE);
        return id;
    }

    private Note read(NoteId id) {
        Note note = owned(id);
        audits.audit(me(), me(), id, AuditAction.READ);
        return note;
    }

    private Note owned(NoteId id) {
        return Optional.ofNullable(id).flatMap(noteId -> notes.findOwned(me(), noteId))
                .orElseThrow(() -> new InvalidInputException("note", "There is no such note."));
    }

    private Optional<String> focusOf(BookingDetails booking) {
        return principleService.principles().stream()
                .filter(principle -> principle.title().equals(booking.focusTitle()))
                .map(Principle::slug)
                .findFirst();
    }

    private Set<String> principleSlugs() {
        return principleService.principles().stream().map(Principle::slug).collect(Collectors.toSet());
    }

    private static InvalidInputException signedAlready() {
        return new InvalidInputException("note", "This note is signed; add a dated addendum instead.");
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
