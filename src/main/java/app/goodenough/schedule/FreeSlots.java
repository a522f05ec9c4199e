package app.goodenough.schedule;

import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.SlotEngine;
import app.goodenough.availability.TimeRange;
import app.goodenough.schedule.internal.ClaimRepository;
import app.goodenough.sessiontypes.SessionType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Free start times of a session type between two instants, from the coach's rules and claims. */
@Component
public class FreeSlots {

    private static final Duration SEARCH_STEP = Duration.ofDays(14);

    private final AvailabilityService availability;
    private final ClaimRepository claims;
    private final Clock clock;

    FreeSlots(AvailabilityService availability, ClaimRepository claims, Clock clock) {
        this.availability = availability;
        this.claims = claims;
        this.clock = clock;
    }

    public List<Instant> between(SessionType type, Instant from, Instant to) {
        return compute(type, from, to, true);
    }

    /**
     * The first free start from now to the end of the coach's horizon, looked for a fortnight at a
     * time (usually the first fortnight has one), and where that horizon ends.
     */
    public FirstFree first(SessionType type) {
        Instant now = clock.instant();
        AvailabilityRules rules = rulesFor(type, now, now);
        Instant horizonEnd = now.atZone(rules.zone()).toLocalDate().plusDays(rules.horizonDays() + 1L)
                .atStartOfDay(rules.zone()).toInstant();
        for (Instant from = now; from.isBefore(horizonEnd); from = from.plus(SEARCH_STEP)) {
            Instant to = from.plus(SEARCH_STEP).isBefore(horizonEnd) ? from.plus(SEARCH_STEP) : horizonEnd;
            List<Instant> starts = between(type, from, to);
            if (!starts.isEmpty()) {
                return new FirstFree(now, Optional.of(starts.getFirst()), horizonEnd, rules.horizonDays());
            }
        }
        return new FirstFree(now, Optional.empty(), horizonEnd, rules.horizonDays());
    }

    /** What {@link #first} found. */
    public record FirstFree(Instant now, Optional<Instant> start, Instant horizonEnd, int horizonDays) {
    }

    /**
     * The time a session starting at {@code start} would claim, buffers included, when the rules
     * offer that start at all (not past, inside hours, notice and horizon), whatever is booked.
     * The rules are read once for both answers.
     */
    public Optional<TimeRange> claimIfOffered(SessionType type, Instant start) {
        Instant to = start.plusSeconds(1);
        AvailabilityRules rules = rulesFor(type, start, to);
        return starts(type, rules, List.of(), start, to).contains(start)
                ? Optional.of(rules.claimFor(start, type.duration()))
                : Optional.empty();
    }

    /**
     * Up to {@code count} free starts closest to {@code around}, in time order: the day either
     * side first, which is where a refused reader usually finds them, then three days before and
     * two weeks after.
     */
    public List<Instant> nearest(SessionType type, Instant around, int count) {
        List<Instant> close = closest(between(type, around.minus(Duration.ofDays(1)), around.plus(Duration.ofDays(1))), around, count);
        return close.size() == count
                ? close
                : closest(between(type, around.minus(Duration.ofDays(3)), around.plus(Duration.ofDays(14))), around, count);
    }

    private static List<Instant> closest(List<Instant> starts, Instant around, int count) {
        return starts.stream()
                .sorted(Comparator.comparing(start -> Duration.between(start, around).abs()))
                .limit(count)
                .sorted()
                .toList();
    }

    private List<Instant> compute(SessionType type, Instant from, Instant to, boolean respectTaken) {
        List<TimeRange> taken = respectTaken
                ? claims.takenBetween(type.coachId(), from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1)))
                : List.of();
        return starts(type, rulesFor(type, from, to), taken, from, to);
    }

    private List<Instant> starts(SessionType type, AvailabilityRules rules, List<TimeRange> taken, Instant from, Instant to) {
        return SlotEngine.freeStarts(rules, type.duration(), taken, firstDay(from), lastDay(to), clock.instant()).stream()
                .filter(start -> !start.isBefore(from) && start.isBefore(to))
                .toList();
    }

    /** Rules with the overrides of a day either side, so that every zone's dates are covered. */
    private AvailabilityRules rulesFor(SessionType type, Instant from, Instant to) {
        return availability.rulesOf(type.coachId(), firstDay(from), lastDay(to));
    }

    private static LocalDate firstDay(Instant from) {
        return from.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    }

    private static LocalDate lastDay(Instant to) {
        return to.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
    }
}
