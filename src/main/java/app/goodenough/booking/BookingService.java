package app.goodenough.booking;

import app.goodenough.availability.TimeRange;
import app.goodenough.booking.internal.BookingOutcomes;
import app.goodenough.database.DatabaseRefusals;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.freetimes.Openings;
import app.goodenough.identity.Roles;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingWriter;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.Confirmation;
import app.goodenough.schedule.FreeSlots;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
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

    private final ReaderRequests requests;
    private final FreeSlots freeSlots;
    private final BookingWriter writer;
    private final Bookings bookings;
    private final PracticeService practiceService;
    private final BookingOutcomes outcomes;

    BookingService(ReaderRequests requests, FreeSlots freeSlots, BookingWriter writer, Bookings bookings, PracticeService practiceService,
            BookingOutcomes outcomes) {
        this.requests = requests;
        this.freeSlots = freeSlots;
        this.writer = writer;
        this.bookings = bookings;
        this.practiceService = practiceService;
        this.outcomes = outcomes;
    }

    /** The questions the booking form asks after the details for a bookable session type. */
    public List<IntakeQuestion> intakeQuestions(SessionTypeId typeId) {
        return requests.questions(bookable(typeId).id());
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
        ReaderRequests.Checked checked = requests.check(submitted, answers);
        BookingRequest request = checked.request();
        SessionType type = checked.type();
        TimeRange claim = freeSlots.claimIfOffered(type, request.start())
                .orElseThrow(() -> new InvalidInputException("start", "That time is not offered. Please choose one of the times shown."));
        try {
            return writer.write(type, claim, request, ZoneId.of(request.readerTimeZone()), () -> requests.clientFor(type, request), null,
                    booking -> requests.writeAnswers(booking, answers));
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

    private SessionType bookable(SessionTypeId id) {
        return requests.bookable(id);
    }
}
