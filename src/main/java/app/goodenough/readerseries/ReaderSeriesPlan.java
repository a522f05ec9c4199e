package app.goodenough.readerseries;

import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.FreeSlots;
import app.goodenough.series.SeriesRhythm;
import app.goodenough.sessiontypes.SessionType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** The sessions of a series a reader would book, and which of them the booking page offers. */
@Component
class ReaderSeriesPlan {

    private final FreeSlots freeSlots;
    private final PracticeService practice;

    ReaderSeriesPlan(FreeSlots freeSlots, PracticeService practice) {
        this.freeSlots = freeSlots;
        this.practice = practice;
    }

    /** The series' shape: the chosen time's local day and time in the coach's zone, then the offer's rhythm. */
    SeriesRhythm rhythm(SessionType type, Instant first, SeriesOffer offer, UUID id) {
        ZoneId zone = practice.publicCoach(type.coachId()).timeZone();
        ZonedDateTime local = first.atZone(zone);
        return new SeriesRhythm(id, local.toLocalDate(), local.toLocalTime(), zone, offer.everyWeeks(), offer.sessions());
    }

    /** Each session of the series, free when the booking page offers its time now (nothing else there). */
    List<ReaderOccurrence> occurrences(SessionType type, SeriesRhythm rhythm) {
        return IntStream.rangeClosed(1, rhythm.count()).mapToObj(position -> {
            Optional<Instant> start = rhythm.start(position);
            return new ReaderOccurrence(position, start.orElse(null),
                    start.filter(instant -> freeSlots.between(type, instant, instant.plusSeconds(1)).contains(instant)).isPresent());
        }).toList();
    }
}
