package app.goodenough.readerseries.ui;

import app.goodenough.booking.ui.BookingChoices;
import app.goodenough.readerseries.ReaderSeriesService;
import app.goodenough.sessiontypes.SessionType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the booking page's details step: "Book 6 sessions, every week" where the coach offers the session type as a series. */
@Component
class SeriesChoices implements BookingChoices {

    private final ReaderSeriesService series;

    SeriesChoices(ReaderSeriesService series) {
        this.series = series;
    }

    @Override
    public Optional<Choice> at(SessionType type, Instant start, ZoneId readerZone) {
        return series.offerFor(type.id()).map(offer -> new SeriesChoice(series, type, offer, start, readerZone));
    }
}
