package app.goodenough.appointments;

import app.goodenough.availability.AppointmentTimes;
import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.booking.BookingRequestCheck;
import app.goodenough.booking.CoachClients;
import app.goodenough.database.DatabaseRefusals;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.BookingClient;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingWriter;
import app.goodenough.schedule.Bookings;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in coach books a session for a client at a time of their choosing, also one readers
 * are not offered: outside working hours (once the coach says so), past the booking horizon or
 * within the minimum notice. What stays is what keeps the calendar true: PostgreSQL refuses any
 * overlap with another session or blocked time (buffers included), and the client and the coach
 * get the same messages as for a reader's booking.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class AppointmentService {

    private final SessionTypeService sessionTypes;
    private final PracticeService practice;
    private final PrincipleService principles;
    private final AvailabilityService availability;
    private final BookingWriter writer;
    private final Bookings bookings;
    private final CoachClients coachClients;
    private final CurrentUser currentUser;
    private final Clock clock;

    AppointmentService(SessionTypeService sessionTypes, PracticeService practice, PrincipleService principles,
            AvailabilityService availability, BookingWriter writer, Bookings bookings, CoachClients coachClients,
            CurrentUser currentUser, Clock clock) {
        this.sessionTypes = sessionTypes;
        this.practice = practice;
        this.principles = principles;
        this.availability = availability;
        this.writer = writer;
        this.bookings = bookings;
        this.coachClients = coachClients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AppointmentChoices choices() {
        ZoneId zone = practice.myTimeZone();
        return new AppointmentChoices(practice.myClients(), sessionTypes.mySessionTypes(), principles.principles(), zone,
                LocalDate.now(clock.withZone(zone)));
    }

    /** Whether a session of this type at this time would lie inside the coach's working hours; true when not all is chosen yet. */
    @Transactional(readOnly = true)
    public boolean withinMyHours(@Nullable SessionTypeId typeId, @Nullable LocalDate day, @Nullable LocalTime time) {
        Optional<SessionType> type = sessionTypes.mySessionType(typeId);
        if (type.isEmpty() || day == null || time == null) {
            return true;
        }
        ZoneId zone = practice.myTimeZone();
        return AppointmentTimes.startOf(day, time, zone)
                .map(start -> rulesAround(day).withinHours(start, type.get().duration()))
                .orElse(true);
    }

    /**
     * Books the appointment, or returns the one already made with the same idempotency key.
     *
     * @throws InvalidInputException at the field to correct, also when the time overlaps the coach's calendar
     */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public Confirmation book(NewAppointment appointment) {
        AccountId coach = currentUser.require().id();
        ZoneId zone = practice.myTimeZone();
        List<FieldProblem> problems = new ArrayList<>();
        Optional<SessionType> type = sessionTypes.mySessionType(appointment.sessionType());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("sessionType", "Choose one of your session types."));
        }
        Optional<Instant> start = AppointmentTimes.problemsWith(appointment.day(), appointment.time(), zone, clock.instant(), problems);
        Optional<ClientSummary> existing = Optional.ofNullable(appointment.clientId()).flatMap(practice::myClient);
        if (appointment.clientId() != null && existing.isEmpty()) {
            problems.add(new FieldProblem("client", "Choose one of your clients."));
        }
        BookingRequest request = BookingRequestCheck.normalized(requestFor(appointment, type, start, existing, zone));
        BookingRequestCheck.problemsWith(request, slugs()).stream()
                .filter(problem -> !problem.field().equals("start") && (existing.isEmpty() || !isContact(problem)))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return write(type.orElseThrow(), request, appointment, coach, existing);
    }

    private Confirmation write(SessionType type, BookingRequest request, NewAppointment appointment, AccountId coach,
            Optional<ClientSummary> existing) {
        AvailabilityRules rules = rulesAround(appointment.day());
        if (!appointment.outsideHoursConfirmed() && !rules.withinHours(request.start(), type.duration())) {
            throw new InvalidInputException("outsideHours", "This is outside your working hours. Tick the box to book it all the same.");
        }
        try {
            return writer.write(type, rules.claimFor(request.start(), type.duration()), request, ZoneId.of(request.readerTimeZone()),
                    () -> existing.map(client -> new BookingClient(client.id(), false)).orElseGet(() -> someoneNew(coach, request)),
                    coach);
        } catch (DataIntegrityViolationException refused) {
            return bookings.byIdempotencyKey(request.idempotencyKey())
                    .filter(earlier -> earlier.booking().coachId().equals(coach))
                    .orElseThrow(() -> overlapOrRethrow(refused));
        }
    }

    /**
     * The owner of the address typed: a new account is the coach's client at once, and so is one
     * of the coach's clients; anyone else's account is booked on trust, as for a reader, until its
     * owner confirms. Staff accounts are refused.
     */
    private BookingClient someoneNew(AccountId coach, BookingRequest request) {
        var owner = coachClients.ownerOf(request.email(), request.name());
        if (!coachClients.canBeClient(owner.id())) {
            throw new InvalidInputException("email", "This address belongs to a staff account. Use the client's own address.");
        }
        if (owner.openedNow() || practice.isMyClient(owner.id())) {
            coachClients.link(coach, owner.id());
            return new BookingClient(owner.id(), false);
        }
        return new BookingClient(owner.id(), true);
    }

    private static BookingRequest requestFor(NewAppointment appointment, Optional<SessionType> type, Optional<Instant> start,
            Optional<ClientSummary> existing, ZoneId zone) {
        return new BookingRequest(type.map(SessionType::id).orElse(null), start.orElse(null),
                existing.map(ClientSummary::name).orElse(appointment.name()), existing.map(ClientSummary::email).orElse(appointment.email()),
                existing.isPresent() ? "" : appointment.phone(), appointment.focus(), "", zone.getId(), appointment.idempotencyKey());
    }

    private static boolean isContact(FieldProblem problem) {
        return Set.of("name", "email", "phone").contains(problem.field());
    }

    private RuntimeException overlapOrRethrow(DataIntegrityViolationException refused) {
        if (DatabaseRefusals.isOverlap(refused)) {
            return new InvalidInputException("time",
                    "This overlaps another session, blocked time or a busy time of your other calendars (buffers included). Choose another time.");
        }
        return refused;
    }

    private AvailabilityRules rulesAround(LocalDate day) {
        return availability.rulesOf(currentUser.require().id(), day.minusDays(1), day.plusDays(1));
    }

    private Set<String> slugs() {
        return principles.principles().stream().map(Principle::slug).collect(Collectors.toSet());
    }
}
