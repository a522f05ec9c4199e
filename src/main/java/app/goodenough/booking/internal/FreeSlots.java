package app.goodenough.booking.internal;

import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.SessionType;
import app.goodenough.availability.SlotEngine;
import app.goodenough.availability.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Free start times of a session type between two instants, from the coach's rules and claims. */
@Component
public class FreeSlots {

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

    /** Whether the rules offer this start at all, whatever is booked: not past, inside hours, notice and horizon. */
    public boolean offeredByRules(SessionType type, Instant start) {
        return compute(type, start, start.plusSeconds(1), false).contains(start);
    }

    /** Up to {@code count} free starts closest to {@code around}, in time order. */
    public List<Instant> nearest(SessionType type, Instant around, int count) {
        return between(type, around.minus(Duration.ofDays(3)), around.plus(Duration.ofDays(14))).stream()
                .sorted(Comparator.comparing(start -> Duration.between(start, around).abs()))
                .limit(count)
                .sorted()
                .toList();
    }

    public AvailabilityRules rulesAround(SessionType type, Instant instant) {
        LocalDate day = instant.atZone(ZoneId.of("UTC")).toLocalDate();
        return availability.rulesOf(type.coachId(), day.minusDays(1), day.plusDays(1));
    }

    private List<Instant> compute(SessionType type, Instant from, Instant to, boolean respectTaken) {
        LocalDate firstDay = from.atZone(ZoneId.of("UTC")).toLocalDate().minusDays(1);
        LocalDate lastDay = to.atZone(ZoneId.of("UTC")).toLocalDate().plusDays(1);
        AvailabilityRules rules = availability.rulesOf(type.coachId(), firstDay, lastDay);
        List<TimeRange> taken = respectTaken
                ? claims.takenBetween(type.coachId(), from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1)))
                : List.of();
        return SlotEngine.freeStarts(rules, type.duration(), taken, firstDay, lastDay, clock.instant()).stream()
                .filter(start -> !start.isBefore(from) && start.isBefore(to))
                .toList();
    }
}
