package app.goodenough.checkins;

import app.goodenough.answertrail.AnswerTrail;
import app.goodenough.checkins.internal.CheckInRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before each session, the client says how much each principle weighed on them lately and what
 * they would like from it: by the link in the reminder (no password) or from My sessions. The
 * coach sees it with the session, and every time her screen shows one is recorded.
 */
@Service
public class CheckInService {

    /** How many check-ins a client's story shows at most: years of weekly sessions. */
    static final int STORY_LIMIT = 500;

    private static final String NOT_VALID = "This link is not valid. Please use the link from your newest reminder.";

    private final CheckInRepository checkIns;
    private final CheckInLinks links;
    private final Bookings bookings;
    private final PrincipleService principles;
    private final AnswerTrail trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    CheckInService(CheckInRepository checkIns, CheckInLinks links, Bookings bookings, PrincipleService principles, AnswerTrail trail,
            CurrentUser currentUser, Clock clock) {
        this.checkIns = checkIns;
        this.links = links;
        this.bookings = bookings;
        this.principles = principles;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The check-in a link opens. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public CheckInForm byLink(String token) {
        Booking booking = linked(token);
        Confirmation session = bookings.confirmationOf(booking);
        return new CheckInForm(session.sessionType().name(), session.coach().displayName(), booking.start(), booking.clientTimeZone(),
                isOpen(booking), checkIns.ofSession(booking.id()).orElse(null));
    }

    /** Stores the answers of the check-in a link opens, replacing earlier ones, until the session starts. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public void answerByLink(String token, CheckInAnswers answers) {
        Booking booking = linked(token);
        if (!isOpen(booking)) {
            throw new InvalidInputException("form", booking.status() == BookingStatus.BOOKED
                    ? "The session has started, so the check-in is closed. Bring it to the session instead."
                    : "This session is no longer booked, so it has no check-in.");
        }
        List<FieldProblem> problems = answers.problems(principles.principles().stream().map(Principle::slug).collect(Collectors.toSet()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkIns.save(booking.id(), booking.coachId(), booking.clientId(), answers.weights(), answers.wish(), clock.instant());
    }

    /** The address of the check-in of one of the signed-in client's own sessions; another's is refused like a missing one. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    public String myCheckInAddress(BookingId id) {
        Booking booking = bookings.find(id).filter(found -> found.clientId().equals(me()) && !found.awaitsClient())
                .orElseThrow(() -> new InvalidInputException("booking", "There is no such session."));
        return CheckInLinks.ROUTE + "/" + links.tokenFor(booking);
    }

    /** The signed-in client's own check-ins over time, with every coach; never anything the coach wrote. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    public List<CheckIn> myCheckIns() {
        return checkIns.ofClient(me(), STORY_LIMIT);
    }

    /** One of the coach's sessions' check-in; the showing is recorded. Another coach's session has none. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional
    public Optional<CheckIn> ofSession(BookingId id) {
        Optional<CheckIn> checkIn = checkIns.ofSession(me(), id);
        checkIn.ifPresent(found -> trail.shownForSession(me(), me(), id, AnswerTrail.Shown.CHECK_IN));
        return checkIn;
    }

    /** A client's check-ins with the coach over time, oldest first; the showing is recorded. */
    @PreAuthorize(Roles.IS_COACH)
    @Transactional
    public List<CheckIn> ofClient(AccountId client) {
        List<CheckIn> found = checkIns.ofClient(me(), client, STORY_LIMIT);
        if (!found.isEmpty()) {
            trail.shown(me(), me(), client, AnswerTrail.Shown.CHECK_INS);
        }
        return found;
    }

    private boolean isOpen(Booking booking) {
        return booking.status() == BookingStatus.BOOKED && !booking.awaitsClient() && clock.instant().isBefore(booking.start());
    }

    private Booking linked(String token) {
        CheckInLinks.Link link = links.read(token)
                .orElseThrow(() -> new InvalidInputException("link", NOT_VALID));
        if (!clock.instant().isBefore(link.expires())) {
            throw new InvalidInputException("link", "This check-in has closed: the session has started.");
        }
        return bookings.find(link.bookingId())
                .orElseThrow(() -> new InvalidInputException("link", NOT_VALID));
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
