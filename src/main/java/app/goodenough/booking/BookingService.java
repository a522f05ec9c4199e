package app.goodenough.booking;

import app.goodenough.account.AddressOwner;
import app.goodenough.availability.TimeRange;
import app.goodenough.booking.internal.BookingOutcomes;
import app.goodenough.booking.internal.FormAnswersWriter;
import app.goodenough.database.DatabaseRefusals;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.freetimes.Openings;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Role;
import app.goodenough.identity.Roles;
import app.goodenough.identity.SignedInUser;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.BookingClient;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingWriter;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.Confirmation;
import app.goodenough.schedule.FreeSlots;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Booking a session, open to every reader of the article. Free times come from the slot
 * engine; whether a time is still free at the moment of booking is PostgreSQL's decision.
 */
@Service
@PreAuthorize(Roles.ANYONE)
public class BookingService {

    private static final int ALTERNATIVES = 3;

    private final SessionTypeService sessionTypes;
    private final FreeSlots freeSlots;
    private final BookingWriter writer;
    private final Bookings bookings;
    private final CoachClients coachClients;
    private final PracticeService practiceService;
    private final PrincipleService principleService;
    private final CurrentUser currentUser;
    private final BookingOutcomes outcomes;
    private final FormAnswersWriter formAnswers;

    BookingService(SessionTypeService sessionTypes, FreeSlots freeSlots, BookingWriter writer, Bookings bookings,
            CoachClients coachClients, PracticeService practiceService, PrincipleService principleService,
            CurrentUser currentUser, BookingOutcomes outcomes, FormAnswersWriter formAnswers) {
        this.outcomes = outcomes;
        this.formAnswers = formAnswers;
        this.sessionTypes = sessionTypes;
        this.freeSlots = freeSlots;
        this.writer = writer;
        this.bookings = bookings;
        this.coachClients = coachClients;
        this.practiceService = practiceService;
        this.principleService = principleService;
        this.currentUser = currentUser;
    }

    /** The questions the booking form asks after the details for a bookable session type. */
    public List<IntakeQuestion> intakeQuestions(SessionTypeId typeId) {
        return formAnswers.questions(bookable(typeId).id());
    }

    /** When this kind of session can be booked from now: the first free time and the end of the horizon. */
    public Openings openings(SessionTypeId typeId) {
        SessionType type = bookable(typeId);
        FreeSlots.FirstFree first = freeSlots.first(type);
        return new Openings(first.now(), first.start(), first.horizonEnd(), first.horizonDays(),
                practiceService.publicCoach(type.coachId()));
    }

    /** The days of a month, in the reader's zone, on which at least one start is free. */
    public SortedSet<LocalDate> daysWithFreeTimes(SessionTypeId typeId, YearMonth month, ZoneId readerZone) {
        SessionType type = bookable(typeId);
        Instant from = month.atDay(1).atStartOfDay(readerZone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(readerZone).toInstant();
        return freeSlots.between(type, from, to).stream()
                .map(start -> start.atZone(readerZone).toLocalDate())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The free starts on one day of the reader's calendar. */
    public List<Instant> freeTimesOn(SessionTypeId typeId, LocalDate readerDay, ZoneId readerZone) {
        SessionType type = bookable(typeId);
        return freeSlots.between(type, readerDay.atStartOfDay(readerZone).toInstant(),
                readerDay.plusDays(1).atStartOfDay(readerZone).toInstant());
    }

    /**
     * Books the session, or returns the booking already made with the same idempotency key.
     *
     * @throws InvalidInputException for anything the reader can correct at a field
     * @throws SlotTakenException when someone else took the time a moment ago
     */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public Confirmation book(BookingRequest submitted) {
        return book(submitted, FormAnswers.none());
    }

    /** @param answers what the booking page adds: the intake answers and where in the article the reader came from */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public Confirmation book(BookingRequest submitted, FormAnswers answers) {
        try {
            Confirmation confirmation = claimAndWrite(submitted, answers);
            outcomes.booked();
            return confirmation;
        } catch (SlotTakenException taken) {
            outcomes.refused(BookingOutcomes.Refusal.SLOT_TAKEN);
            throw taken;
        } catch (InvalidInputException invalid) {
            outcomes.refused(BookingOutcomes.Refusal.INVALID_INPUT);
            throw invalid;
        }
    }

    private Confirmation claimAndWrite(BookingRequest submitted, FormAnswers answers) {
        BookingRequest request = BookingRequestCheck.normalized(submitted);
        SessionType type = bookable(request.sessionType());
        List<FieldProblem> problems = new ArrayList<>(BookingRequestCheck.problemsWith(request, principleSlugs().keySet()));
        problems.addAll(formAnswers.problems(type.id(), answers));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TimeRange claim = freeSlots.claimIfOffered(type, request.start())
                .orElseThrow(() -> new InvalidInputException("start", "That time is not offered. Please choose one of the times shown."));
        try {
            return writer.write(type, claim, request, ZoneId.of(request.readerTimeZone()), () -> clientFor(type, request), null,
                    booking -> formAnswers.write(booking, answers));
        } catch (DataIntegrityViolationException refused) {
            return bookings.byIdempotencyKey(request.idempotencyKey())
                    .orElseThrow(() -> takenOrRethrow(refused, type, request.start()));
        }
    }

    private RuntimeException takenOrRethrow(DataIntegrityViolationException refused, SessionType type, Instant start) {
        if (DatabaseRefusals.isOverlap(refused)) {
            return new SlotTakenException(freeSlots.nearest(type, start, ALTERNATIVES));
        }
        return refused;
    }

    /**
     * The signed-in client; or the owner of the address typed, on trust when a reader who did not
     * sign in typed an address that already had an account (it waits for the owner's word, and
     * only then makes them the coach's client); or a new client account for a new address.
     */
    private BookingClient clientFor(SessionType type, BookingRequest request) {
        Optional<AccountId> signedIn = currentUser.get().filter(user -> user.role() == Role.CLIENT).map(SignedInUser::id);
        AddressOwner owner = signedIn.map(id -> new AddressOwner(id, false))
                .orElseGet(() -> coachClients.ownerOf(request.email(), request.name()));
        boolean onTrust = signedIn.isEmpty() && !owner.openedNow() && !currentUser.isSystem();
        if (!onTrust) {
            coachClients.link(type.coachId(), owner.id());
        }
        return new BookingClient(owner.id(), onTrust);
    }

    private SessionType bookable(SessionTypeId id) {
        return sessionTypes.sessionType(id)
                .filter(SessionType::active)
                .orElseThrow(() -> new InvalidInputException("sessionType", "This kind of session is not offered. Please choose another."));
    }

    private Map<String, Principle> principleSlugs() {
        return principleService.principles().stream().collect(Collectors.toMap(Principle::slug, Function.identity()));
    }
}
