package app.goodenough.availability;

import app.goodenough.availability.internal.AvailabilityRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach edits their own hours, rules and session types. Every read and write is for the
 * signed-in coach only: the coach's id comes from the session, never from the page.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class CoachAvailabilityService {

    private static final int OVERRIDES_AHEAD_DAYS = 730;

    private final AvailabilityRepository availability;
    private final PracticeService practiceService;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachAvailabilityService(AvailabilityRepository availability, PracticeService practiceService, CurrentUser currentUser, Clock clock) {
        this.availability = availability;
        this.practiceService = practiceService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public CoachAvailability myAvailability() {
        AccountId me = me();
        var zone = practiceService.publicCoach(me).timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<DateOverride> overrides = availability.overridesOf(me, today, today.plusDays(OVERRIDES_AHEAD_DAYS)).entrySet().stream()
                .map(entry -> new DateOverride(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(DateOverride::day))
                .toList();
        return new CoachAvailability(zone, today, availability.settingsOf(me), availability.weeklyHoursOf(me), overrides);
    }

    /** Stores zone, rules and weekly hours together, or nothing when any of them is refused. */
    @Transactional
    public void saveMyRules(String timeZone, RuleSettings settings, Map<DayOfWeek, List<TimeWindow>> weeklyHours) {
        List<FieldProblem> problems = new ArrayList<>(AvailabilityRulesCheck.problemsWith(settings));
        problems.addAll(AvailabilityRulesCheck.problemsWith(weeklyHours));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        practiceService.changeMyTimeZone(timeZone);
        availability.saveSettings(me(), settings);
        availability.replaceWeeklyHours(me(), weeklyHours);
    }

    @Transactional
    public void saveMyOverride(LocalDate day, List<TimeWindow> hours) {
        if (day == null) {
            throw new InvalidInputException("day", "Choose a date.");
        }
        AvailabilityRulesCheck.overlapIn(hours).ifPresent(message -> {
            throw new InvalidInputException("hours", message);
        });
        availability.replaceOverride(me(), day, hours);
    }

    @Transactional
    public void removeMyOverride(LocalDate day) {
        if (!availability.deleteOverride(me(), day)) {
            throw new InvalidInputException("day", "There are no special hours on that date.");
        }
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
