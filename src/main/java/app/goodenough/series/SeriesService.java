package app.goodenough.series;

import app.goodenough.availability.AppointmentTimes;
import app.goodenough.availability.AvailabilityRules;
import app.goodenough.availability.AvailabilityService;
import app.goodenough.database.LostDeadlocks;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.SeriesOccurrence.Fit;
import app.goodenough.series.internal.SeriesRepository;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach books a series for one of her clients: every 1, 2 or 4 weeks at the same local time.
 * Before anything is stored she sees every occurrence and how it fits; the ones she chooses are
 * claimed in one transaction under the exclusion constraint, all of them or none.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class SeriesService {

    private final SessionTypeService sessionTypes;
    private final PracticeService practice;
    private final AvailabilityService availability;
    private final SeriesWriter writer;
    private final SeriesRepository series;
    private final CurrentUser currentUser;
    private final Clock clock;

    SeriesService(SessionTypeService sessionTypes, PracticeService practice, AvailabilityService availability, SeriesWriter writer,
            SeriesRepository series, CurrentUser currentUser, Clock clock) {
        this.sessionTypes = sessionTypes;
        this.practice = practice;
        this.availability = availability;
        this.writer = writer;
        this.series = series;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every occurrence of the series and how it fits her calendar; nothing is stored. */
    @Transactional(readOnly = true)
    public List<SeriesOccurrence> preview(NewSeries request) {
        return checked(request).occurrences();
    }

    /**
     * Books the chosen occurrences (by position) in one transaction: all of them, or, when one is
     * refused, none.
     *
     * @throws InvalidInputException at the field to correct; {@code occurrences} names the occurrence that cannot be booked
     */
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
            delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
            multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)
    public List<Confirmation> book(NewSeries request, Set<Integer> positions) {
        Checked checked = checked(request);
        List<SeriesOccurrence> chosen = checked.occurrences().stream().filter(occurrence -> positions.contains(occurrence.position())).toList();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("occurrences", "Choose at least one session of the series to book.");
        }
        for (SeriesOccurrence occurrence : chosen) {
            if (!occurrence.fit().bookable() || occurrence.fit() == Fit.OUTSIDE_HOURS && !request.outsideHoursConfirmed()) {
                throw new InvalidInputException("occurrences", refusal(occurrence));
            }
        }
        return writer.write(checked, request, chosen);
    }

    /** The series' type, client, zone, rules over its whole span and occurrences, once everything typed is acceptable. */
    record Checked(SessionType type, ClientSummary client, SeriesRhythm rhythm, AvailabilityRules rules, List<SeriesOccurrence> occurrences) {
    }

    private Checked checked(NewSeries request) {
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = practice.myTimeZone();
        var type = sessionTypes.mySessionType(request.sessionType());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("sessionType", "Choose one of your session types."));
        }
        var client = Optional.ofNullable(request.clientId()).flatMap(practice::myClient);
        if (client.isEmpty()) {
            problems.add(new FieldProblem("client", "Choose one of your clients."));
        }
        SeriesRhythm.problemWithEvery(request.everyWeeks()).ifPresent(problems::add);
        if (request.count() < NewSeries.MIN_COUNT || request.count() > NewSeries.MAX_COUNT) {
            problems.add(new FieldProblem("count", "Choose " + NewSeries.MIN_COUNT + " to " + NewSeries.MAX_COUNT + " sessions."));
        }
        Instant now = clock.instant();
        AppointmentTimes.problemsWith(request.firstDay(), request.time(), zone, now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SeriesRhythm rhythm = new SeriesRhythm(request.idempotencyKey(), request.firstDay(), request.time(), zone, request.everyWeeks(),
                request.count());
        LocalDate first = rhythm.firstDay();
        LocalDate last = rhythm.localStart(rhythm.count()).toLocalDate();
        if (last.isAfter(now.atZone(zone).toLocalDate().plusYears(AppointmentTimes.YEARS_AHEAD))) {
            throw new InvalidInputException("count", "The last session would be more than " + AppointmentTimes.YEARS_AHEAD
                    + " years ahead. Choose fewer sessions.");
        }
        AccountId coach = currentUser.require().id();
        AvailabilityRules rules = availability.rulesOf(coach, first.minusDays(1), last.plusDays(1));
        var taken = series.takenBetween(coach, first.minusDays(1).atStartOfDay(zone).toInstant(), last.plusDays(2).atStartOfDay(zone).toInstant());
        return new Checked(type.get(), client.get(), rhythm, rules, SeriesPlan.occurrences(rhythm, type.get().duration(), rules, taken));
    }

    private static String refusal(SeriesOccurrence occurrence) {
        String which = "Session " + occurrence.position() + ", " + day(occurrence.day());
        return switch (occurrence.fit()) {
            case CONFLICT -> which + ", overlaps " + occurrence.conflict() + ". Book the free ones only, or change the time.";
            case CLOCKS_SKIP -> which + ", falls in the hour the clocks skip. Leave it out, or change the time.";
            case OUTSIDE_HOURS -> which + ", is outside your working hours. Tick the box to book it all the same.";
            case FREE -> which + " can be booked.";
        };
    }

    static String day(LocalDate day) {
        return DateFormats.current().dayOfYear(day);
    }
}
