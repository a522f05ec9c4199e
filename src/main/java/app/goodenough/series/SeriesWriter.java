package app.goodenough.series;

import app.goodenough.database.DatabaseRefusals;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.schedule.BookingClient;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingWriter;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a series and its chosen sessions in one transaction: each session claims its time under
 * the exclusion constraint, and one refusal takes the whole series back. Each session has its own
 * idempotency key, made from the series' and its place in it. One letter tells about them all
 * ({@link SeriesChanged}); each session's reminders follow it as for any session.
 */
@Component
class SeriesWriter {

    private final BookingWriter bookings;
    private final SeriesRecords records;
    private final CurrentUser currentUser;

    SeriesWriter(BookingWriter bookings, SeriesRecords records, CurrentUser currentUser) {
        this.bookings = bookings;
        this.records = records;
        this.currentUser = currentUser;
    }

    @Transactional
    public List<Confirmation> write(SeriesService.Checked checked, NewSeries request, List<SeriesOccurrence> chosen) {
        AccountId coach = currentUser.require().id();
        SeriesRhythm rhythm = checked.rhythm();
        records.open(rhythm, coach, checked.client().id(), checked.type().id());
        List<SeriesChanged.Session> booked = new ArrayList<>();
        for (SeriesOccurrence occurrence : chosen) {
            booked.add(new SeriesChanged.Session(occurrence.position(), write(checked, request, occurrence, coach)));
        }
        return records.booked(rhythm, booked);
    }

    private Confirmation write(SeriesService.Checked checked, NewSeries request, SeriesOccurrence occurrence, AccountId coach) {
        UUID key = SeriesRecords.sessionKey(request.idempotencyKey(), occurrence.position());
        BookingRequest booking = new BookingRequest(checked.type().id(), occurrence.start(), checked.client().name(), checked.client().email(),
                "", request.focus(), "", checked.rhythm().zone().getId(), key);
        try {
            return bookings.writeInSeries(checked.type(), checked.rules().claimFor(occurrence.start(), checked.type().duration()), booking,
                    checked.rhythm().zone(), () -> new BookingClient(checked.client().id(), false), coach,
                    written -> records.place(written.id(), request.idempotencyKey(), occurrence.position()));
        } catch (DataIntegrityViolationException refused) {
            if (DatabaseRefusals.isOverlap(refused)) {
                throw new InvalidInputException("occurrences", "Session " + occurrence.position() + ", " + SeriesService.day(occurrence.day())
                        + ", was taken a moment ago, so nothing was booked. Look at the sessions again.");
            }
            throw refused;
        }
    }
}
