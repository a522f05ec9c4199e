package app.goodenough.series;

import app.goodenough.availability.AppointmentTimes;
import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.FreeSlots;
import app.goodenough.schedule.SessionChanges;
import app.goodenough.series.internal.SeriesRepository.Membership;
import app.goodenough.series.internal.SeriesRepository;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a session of a series with all later ones, for the coach and for the client alike:
 * every session listed with where it would go first, then all moved in one transaction or none,
 * with one letter to each side. Callers check first that the person may change this session.
 */
@Component
public class SeriesMoves {

    private final SeriesSessions sessions;
    private final SeriesRepository series;
    private final Bookings bookings;
    private final SessionChanges sessionChanges;
    private final SessionTypeService sessionTypes;
    private final FreeSlots freeSlots;
    private final AvailabilityService availability;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SeriesMoves(SeriesSessions sessions, SeriesRepository series, Bookings bookings, SessionChanges sessionChanges,
            SessionTypeService sessionTypes, FreeSlots freeSlots, AvailabilityService availability, ApplicationEventPublisher publisher,
            Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.bookings = bookings;
        this.sessionChanges = sessionChanges;
        this.sessionTypes = sessionTypes;
        this.freeSlots = freeSlots;
        this.availability = availability;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Whose rules a moved session's new time follows: the coach's, as for her own appointments
     * (not past, within two years, over nothing else, her hours her own choice), or the booking
     * page's, as for a client (only the times it offers).
     */
    public enum Rules { COACH, CLIENT }

    /** A session's move, the session as planned, and the time its new start would claim (null when it cannot move there). */
    private record Planned(SeriesMove move, Booking session, @Nullable TimeRange claim) {
    }

    /**
     * Where the session and every later booked session of its series would move: this one to
     * {@code newStart}, each later one as many days on, at the same new local time in the coach's
     * zone. Each must be possible under {@code rules} and free of everything but the sessions moving.
     */
    public List<SeriesMove> movesFrom(Booking booking, Instant newStart, Rules rules) {
        return plan(booking, newStart, rules).stream().map(Planned::move).toList();
    }

    /**
     * Moves the session and every later booked session of its series as {@link #movesFrom} lists
     * them, all or none, with one letter to each side listing them.
     *
     * @param shownIn the zone the person moving them reads times in
     * @return how many sessions moved
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveFrom(Booking booking, Instant newStart, Rules rules, AccountId by, ZoneId shownIn) {
        List<Planned> plan = plan(booking, newStart, rules);
        for (Planned planned : plan) {
            SeriesMove move = planned.move();
            if (!move.possible()) {
                throw new InvalidInputException("series", "Session " + move.position() + " cannot move to " + (move.to() == null ? "that time"
                        : DateFormats.current().moment(move.to().atZone(shownIn))) + ": " + move.problem() + ". Nothing was moved.");
            }
        }
        List<SeriesChanged.Session> moved = new ArrayList<>();
        for (Planned planned : newStart.isAfter(booking.start()) ? plan.reversed() : plan) {
            SeriesMove move = planned.move();
            try {
                sessionChanges.moveInSeries(planned.session(), Objects.requireNonNull(move.to()),
                        Objects.requireNonNull(planned.claim()), by,
                        "with the later sessions of its series, from " + DateFormats.practice().moment(move.from().atZone(shownIn)));
            } catch (InvalidInputException refused) {
                throw new InvalidInputException("series", "Session " + move.position() + ": " + refused.problems().getFirst().message()
                        + " Nothing was moved.");
            }
            moved.add(new SeriesChanged.Session(move.position(), bookings.confirmationOf(bookings.find(move.id()).orElseThrow()), move.from()));
        }
        moved.sort(Comparator.comparingInt(SeriesChanged.Session::position));
        publisher.publishEvent(new SeriesChanged(sessions.membership(booking).rhythm(), moved, SeriesChanged.Change.MOVED, ""));
        return moved.size();
    }

    private List<Planned> plan(Booking booking, Instant newStart, Rules rules) {
        Membership membership = sessions.membership(booking);
        ZoneId zone = membership.rhythm().zone();
        LocalDateTime target = LocalDateTime.ofInstant(newStart, zone);
        long days = ChronoUnit.DAYS.between(booking.start().atZone(zone).toLocalDate(), target.toLocalDate());
        SessionType type = sessionTypes.sessionType(booking.sessionTypeId()).orElseThrow();
        List<SeriesRepository.Placed> placed = series.bookedFrom(membership.rhythm().id(), membership.position());
        if (placed.isEmpty() || placed.getFirst().position() != membership.position()) {
            throw new InvalidInputException("status", "Only a booked session can be moved.");
        }
        List<Booking> moving = placed.stream().map(one -> bookings.find(one.id()).orElseThrow()).toList();
        Set<BookingId> ids = moving.stream().map(Booking::id).collect(Collectors.toSet());
        LocalDate from = (newStart.isBefore(booking.start()) ? newStart : booking.start()).atZone(zone).toLocalDate().minusDays(1);
        LocalDate to = moving.getLast().start().atZone(zone).toLocalDate().plusDays(Math.abs(days) + 1);
        AvailabilityRules coachRules = availability.rulesOf(booking.coachId(), from, to);
        List<SeriesRepository.Taken> taken = series.takenBetween(booking.coachId(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()).stream().filter(other -> !ids.contains(other.booking())).toList();
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < moving.size(); i++) {
            Booking session = moving.get(i);
            Optional<Instant> start = AppointmentTimes.startOf(session.start().atZone(zone).toLocalDate().plusDays(days), target.toLocalTime(), zone);
            Optional<TimeRange> claim = start.flatMap(instant -> rules == Rules.COACH ? coachClaim(instant, type, coachRules, zone)
                    : freeSlots.claimIfOffered(type, instant));
            String problem = start.isEmpty() ? "the clocks skip this time"
                    : claim.isEmpty() ? notPossible(start.get(), rules, zone)
                    : taken.stream().filter(other -> other.period().overlaps(claim.get())).findFirst().map(other -> "it overlaps " + other.what())
                            .orElse(null);
            plan.add(new Planned(new SeriesMove(placed.get(i).position(), session.id(), session.start(), start.orElse(null), problem), session,
                    problem == null ? claim.orElse(null) : null));
        }
        return plan;
    }

    /** The time a session the coach moves would claim, buffers included: from now on and within the years she can book ahead. */
    private Optional<TimeRange> coachClaim(Instant start, SessionType type, AvailabilityRules rules, ZoneId zone) {
        boolean bookable = start.isAfter(clock.instant())
                && !start.atZone(zone).toLocalDate().isAfter(clock.instant().atZone(zone).toLocalDate().plusYears(AppointmentTimes.YEARS_AHEAD));
        return bookable ? Optional.of(rules.claimFor(start, type.duration())) : Optional.empty();
    }

    private String notPossible(Instant start, Rules rules, ZoneId zone) {
        if (rules == Rules.CLIENT) {
            return "the session type is not offered then (working hours, notice or how far ahead)";
        }
        return start.isAfter(clock.instant()) ? "it is more than " + AppointmentTimes.YEARS_AHEAD + " years ahead" : "it has passed";
    }
}
