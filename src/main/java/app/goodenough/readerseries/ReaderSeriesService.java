package app.goodenough.readerseries;

import app.goodenough.booking.FormAnswers;
import app.goodenough.booking.ReaderRequests;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.Roles;
import app.goodenough.readerseries.internal.OfferRepository;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader books a series from the booking page, where the coach offers one for the session
 * type: the time they chose, then the same local time in the coach's zone every 1, 2 or 4 weeks.
 * Each session must be a time the booking page offers; the others are left out, and the reader
 * sees which before anything is stored. The chosen sessions are claimed in one transaction.
 */
@Service
@PreAuthorize(Roles.ANYONE)
public class ReaderSeriesService {

    private final OfferRepository offers;
    private final ReaderRequests requests;
    private final ReaderSeriesPlan plan;
    private final ReaderSeriesWriter writer;

    ReaderSeriesService(OfferRepository offers, ReaderRequests requests, ReaderSeriesPlan plan, ReaderSeriesWriter writer) {
        this.offers = offers;
        this.requests = requests;
        this.plan = plan;
        this.writer = writer;
    }

    /** The series readers may book of a session type on offer; empty when the coach offers none. */
    @Transactional(readOnly = true)
    public Optional<SeriesOffer> offerFor(SessionTypeId type) {
        return offers.of(requests.bookable(type).id());
    }

    /** Every session of the series that would start at {@code first}, and whether each is free; nothing is stored. */
    @Transactional(readOnly = true)
    public List<ReaderOccurrence> preview(SessionTypeId typeId, Instant first) {
        SessionType type = requests.bookable(typeId);
        return offers.of(type.id()).map(offer -> plan.occurrences(type, plan.rhythm(type, first, offer, UUID.randomUUID()))).orElse(List.of());
    }

    /**
     * Books the sessions at these places of the series (1 being the request's own time), all of
     * them or none, for the reader typed in the request.
     *
     * @throws app.goodenough.shared.InvalidInputException at the field to correct; {@code series} when a session is no longer free
     */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public List<Confirmation> book(BookingRequest first, FormAnswers answers, Set<Integer> positions) {
        return writer.write(first, answers, positions);
    }
}
