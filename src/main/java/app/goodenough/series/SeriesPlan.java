package app.goodenough.series;

import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.TimeRange;
import app.goodenough.series.SeriesOccurrence.Fit;
import app.goodenough.series.internal.SeriesRepository.Taken;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days of a series and how each fits the calendar. Every occurrence is the same local time in
 * the coach's zone, so 18:00 stays 18:00 on both sides of a clock change; the instant moves.
 */
final class SeriesPlan {

    private SeriesPlan() {
    }

    /** Each day's session as it would fit: free, outside the working hours, over something taken, or on a time the clocks skip. */
    static List<SeriesOccurrence> occurrences(SeriesRhythm rhythm, Duration length, AvailabilityRules rules, List<Taken> taken) {
        List<SeriesOccurrence> occurrences = new ArrayList<>(rhythm.count());
        for (int position = 1; position <= rhythm.count(); position++) {
            LocalDate day = rhythm.localStart(position).toLocalDate();
            Optional<Instant> start = rhythm.start(position);
            if (start.isEmpty()) {
                occurrences.add(new SeriesOccurrence(position, day, null, Fit.CLOCKS_SKIP, ""));
                continue;
            }
            TimeRange claim = rules.claimFor(start.get(), length);
            Optional<String> over = taken.stream().filter(other -> other.period().overlaps(claim)).map(Taken::what).findFirst();
            Fit fit = over.isPresent() ? Fit.CONFLICT : rules.withinHours(start.get(), length) ? Fit.FREE : Fit.OUTSIDE_HOURS;
            occurrences.add(new SeriesOccurrence(position, day, start.get(), fit, over.orElse("")));
        }
        return occurrences;
    }
}
