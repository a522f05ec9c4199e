package app.goodenough.readerseries;

import app.goodenough.booking.FormAnswers;
import app.goodenough.booking.ReaderRequests;
import app.goodenough.database.DatabaseRefusals;
import app.goodenough.readerseries.internal.OfferRepository;
import app.goodenough.schedule.BookingClient;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingWriter;
import app.goodenough.schedule.Confirmation;
import app.goodenough.schedule.FreeSlots;
import app.goodenough.series.SeriesChanged;
import app.goodenough.series.SeriesRecords;
import app.goodenough.series.SeriesRhythm;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a reader's series in one transaction: the client once, then each chosen session under
 * the exclusion constraint, and one refusal takes it all back. The booking page's answers go
 * with the first session.
 */
@Component
class ReaderSeriesWriter {

    private final ReaderRequests requests;
    private final OfferRepository offers;
    private final FreeSlots freeSlots;
    private final BookingWriter bookings;
    private final SeriesRecords records;
    private final ReaderSeriesPlan plan;

    ReaderSeriesWriter(ReaderRequests requests, OfferRepository offers, FreeSlots freeSlots, BookingWriter bookings, SeriesRecords records,
            ReaderSeriesPlan plan) {
        this.plan = plan;
        this.requests = requests;
        this.offers = offers;
        this.freeSlots = freeSlots;
        this.bookings = bookings;
        this.records = records;
    }

    @Transactional
    public List<Confirmation> write(BookingRequest first, FormAnswers answers, Set<Integer> positions) {
        ReaderRequests.Checked checked = requests.check(first, answers);
        BookingRequest request = checked.request();
        SessionType type = checked.type();
        SeriesOffer offer = offers.of(type.id())
                .orElseThrow(() -> new InvalidInputException("series", "This kind of session is not offered as a series. Book one session."));
        SeriesRhythm rhythm = plan.rhythm(type, request.start(), offer, request.idempotencyKey());
        List<ReaderOccurrence> chosen = plan.occurrences(type, rhythm).stream().filter(occurrence -> positions.contains(occurrence.position())).toList();
        if (chosen.isEmpty() || chosen.getFirst().position() != 1) {
            throw new InvalidInputException("start", "That time is not offered. Please choose one of the times shown.");
        }
        ZoneId readerZone = ZoneId.of(request.readerTimeZone());
        for (ReaderOccurrence occurrence : chosen) {
            if (!occurrence.free()) {
                throw new InvalidInputException("series", taken(occurrence, readerZone));
            }
        }
        BookingClient client = requests.clientFor(type, request);
        if (client.awaitsConfirmation()) {
            throw new InvalidInputException("email", "This address already has an account. Please sign in to book a series, "
                    + "or book one session.");
        }
        records.open(rhythm, type.coachId(), client.id(), type.id());
        List<SeriesChanged.Session> booked = new ArrayList<>();
        for (ReaderOccurrence occurrence : chosen) {
            Instant start = Objects.requireNonNull(occurrence.start());
            BookingRequest session = new BookingRequest(type.id(), start, request.name(), request.email(), request.phone(), request.focus(),
                    request.message(), request.readerTimeZone(), SeriesRecords.sessionKey(rhythm.id(), occurrence.position()));
            try {
                booked.add(new SeriesChanged.Session(occurrence.position(), bookings.writeInSeries(type,
                        freeSlots.claimIfOffered(type, start).orElseThrow(() -> new InvalidInputException("series", taken(occurrence, readerZone))),
                        session, readerZone, () -> client, null, written -> {
                            records.place(written.id(), rhythm.id(), occurrence.position());
                            if (occurrence.position() == 1) {
                                requests.writeAnswers(written, answers);
                            }
                        })));
            } catch (DataIntegrityViolationException refused) {
                if (DatabaseRefusals.isOverlap(refused)) {
                    throw new InvalidInputException("series", taken(occurrence, readerZone));
                }
                throw refused;
            }
        }
        return records.booked(rhythm, booked);
    }

    private static String taken(ReaderOccurrence occurrence, ZoneId zone) {
        String when = occurrence.start() == null ? "" : ", " + DateFormats.current().moment(occurrence.start().atZone(zone));
        return "Session " + occurrence.position() + when + ", is no longer free, so nothing was booked. Look at the sessions again.";
    }
}
