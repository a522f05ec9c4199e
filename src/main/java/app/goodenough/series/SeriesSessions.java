package app.goodenough.series;

import app.goodenough.availability.AppointmentTimes;
import app.goodenough.availability.TimeRange;
import app.goodenough.identity.AccountId;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.FreeSlots;
import app.goodenough.schedule.SessionChanges;
import app.goodenough.series.internal.SeriesRepository;
import app.goodenough.series.internal.SeriesRepository.Membership;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import java.time.Duration;
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
 * The sessions of a series after they are booked: where one stands in its series, and moving or
 * cancelling it with all later ones, for the coach and for the client alike, in one transaction
 * and with one letter to each side. Callers check first that the person may change this session.
 */
@Component
public class SeriesSessions {

    private final SeriesRepository series;
    private final Bookings bookings;
    private final SessionChanges sessionChanges;
    private final SessionTypeService sessionTypes;
    private final FreeSlots freeSlots;
    private final ApplicationEventPublisher publisher;

    SeriesSessions(SeriesRepository series, Bookings bookings, SessionChanges sessionChanges, SessionTypeService sessionTypes,
            FreeSlots freeSlots, ApplicationEventPublisher publisher) {
        this.series = series;
        this.bookings = bookings;
        this.sessionChanges = sessionChanges;
        this.sessionTypes = sessionTypes;
        this.freeSlots = freeSlots;
        this.publisher = publisher;
    }

    /** Where the session stands in its series; empty for a session on its own. */
    public Optional<SeriesPlace> placeOf(Booking booking) {
        return series.membershipOf(booking.id(), booking.coachId())
                .map(membership -> new SeriesPlace(membership.position(), membership.rhythm().count(), membership.rhythm().everyWeeks()));
    }

    /**
     * Cancels the session and every later booked session of its series, with one reason.
     *
     * @return how many sessions were cancelled
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelFrom(Booking booking, @Nullable AccountId by, String reason) {
        Membership membership = membership(booking);
        List<SeriesChanged.Session> cancelled = new ArrayList<>();
        for (SeriesRepository.Placed placed : series.bookedFrom(membership.rhythm().id(), membership.position())) {
            Booking session = bookings.find(placed.id()).orElseThrow();
            sessionChanges.cancelInSeries(session, by, reason);
            cancelled.add(new SeriesChanged.Session(placed.position(), bookings.confirmationOf(session)));
        }
        if (cancelled.isEmpty()) {
            throw new InvalidInputException("status", "This session and the later ones of its series are cancelled already.");
        }
        publisher.publishEvent(new SeriesChanged(membership.rhythm(), cancelled, SeriesChanged.Change.CANCELLED, reason.strip()));
        return cancelled.size();
    }

    /**
     * Where the session and every later booked session of its series would move: this one to
     * {@code newStart}, each later one as many days on, at the same new local time in the coach's
     * zone. Each must be a time its type offers, free of everything but the sessions moving.
     */
    public List<SeriesMove> movesFrom(Booking booking, Instant newStart) {
        Membership membership = membership(booking);
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
        Instant from = newStart.isBefore(booking.start()) ? newStart : booking.start();
        List<SeriesRepository.Taken> taken = series.takenBetween(booking.coachId(), from.minus(Duration.ofDays(1)),
                moving.getLast().start().plus(Duration.ofDays(Math.abs(days) + 2))).stream()
                .filter(other -> !ids.contains(other.booking())).toList();
        List<SeriesMove> moves = new ArrayList<>();
        for (int i = 0; i < moving.size(); i++) {
            Booking session = moving.get(i);
            LocalDate day = session.start().atZone(zone).toLocalDate().plusDays(days);
            Optional<Instant> to = AppointmentTimes.startOf(day, target.toLocalTime(), zone);
            moves.add(new SeriesMove(placed.get(i).position(), session.id(), session.start(), to.orElse(null),
                    to.isEmpty() ? "the clocks skip this time" : problem(type, to.get(), taken)));
        }
        return moves;
    }

    /**
     * Moves the session and every later booked session of its series as {@link #movesFrom} lists
     * them, all or none, with one letter to each side listing them.
     *
     * @param shownIn the zone the person moving them reads times in
     * @return how many sessions moved
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveFrom(Booking booking, Instant newStart, AccountId by, ZoneId shownIn) {
        List<SeriesMove> moves = movesFrom(booking, newStart);
        for (SeriesMove move : moves) {
            if (!move.possible()) {
                throw new InvalidInputException("series", "Session " + move.position() + " cannot move to " + (move.to() == null ? "that time"
                        : DateFormats.current().moment(move.to().atZone(shownIn))) + ": " + move.problem() + ". Nothing was moved.");
            }
        }
        List<SeriesChanged.Session> moved = new ArrayList<>();
        for (SeriesMove move : newStart.isAfter(booking.start()) ? moves.reversed() : moves) {
            try {
                sessionChanges.moveInSeries(bookings.find(move.id()).orElseThrow(), Objects.requireNonNull(move.to()), by,
                        "with the later sessions of its series, from " + DateFormats.practice().moment(move.from().atZone(shownIn)));
            } catch (InvalidInputException refused) {
                throw new InvalidInputException("series", "Session " + move.position() + ": " + refused.problems().getFirst().message()
                        + " Nothing was moved.");
            }
            moved.add(new SeriesChanged.Session(move.position(), bookings.confirmationOf(bookings.find(move.id()).orElseThrow()), move.from()));
        }
        moved.sort(Comparator.comparingInt(SeriesChanged.Session::position));
        publisher.publishEvent(new SeriesChanged(membership(booking).rhythm(), moved, SeriesChanged.Change.MOVED, ""));
        return moved.size();
    }

    /** Why a session cannot start then, in words for the coach; null when it can. */
    private @Nullable String problem(SessionType type, Instant start, List<SeriesRepository.Taken> taken) {
        Optional<TimeRange> claim = freeSlots.claimIfOffered(type, start);
        if (claim.isEmpty()) {
            return "the session type is not offered then (working hours, notice or how far ahead)";
        }
        return taken.stream().filter(other -> other.period().overlaps(claim.get())).findFirst().map(other -> "it overlaps " + other.what())
                .orElse(null);
    }

    private Membership membership(Booking booking) {
        return series.membershipOf(booking.id(), booking.coachId())
                .orElseThrow(() -> new InvalidInputException("booking", "This session is not part of a series."));
    }
}
