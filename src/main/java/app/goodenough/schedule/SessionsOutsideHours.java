package app.goodenough.schedule;

import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.TimeRange;
import app.goodenough.availability.UpcomingSessions;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coach's booked sessions that new working hours would leave outside, for the hours page to warn about. */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class SessionsOutsideHours implements UpcomingSessions {

    private final Bookings bookings;
    private final AvailabilityService availability;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionsOutsideHours(Bookings bookings, AvailabilityService availability, CurrentUser currentUser, Clock clock) {
        this.bookings = bookings;
        this.availability = availability;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many of the signed-in coach's upcoming sessions lie outside their current working hours. */
    @Override
    public int myUpcomingSessionsOutsideHours() {
        AccountId coach = currentUser.require().id();
        Instant now = clock.instant();
        List<TimeRange> upcoming = bookings.upcomingOf(coach, now);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = upcoming.stream().map(range -> range.end().atZone(ZoneOffset.UTC).toLocalDate())
                .max(LocalDate::compareTo).orElse(today);
        AvailabilityRules rules = availability.rulesOf(coach, today.minusDays(1), last.plusDays(1));
        return (int) upcoming.stream()
                .filter(range -> !rules.withinHours(range.start(), Duration.between(range.start(), range.end())))
                .count();
    }
}
