package app.goodenough.availability;

import app.goodenough.availability.internal.AvailabilityRepository;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What coaches offer and when. Reading is public: readers see the session types, and the
 * hours show through the free times anyway. Changing is for the application's own set-up
 * until the coach's editing screens arrive.
 */
@Service
@PreAuthorize(Roles.ANYONE)
@Transactional(readOnly = true)
public class AvailabilityService {

    private final AvailabilityRepository availability;
    private final PracticeService practiceService;

    AvailabilityService(AvailabilityRepository availability, PracticeService practiceService) {
        this.availability = availability;
        this.practiceService = practiceService;
    }

    /** The coach's numbers: buffers, notice, horizon, step, cancellation window and reminder lead. */
    public RuleSettings settingsOf(AccountId coachId) {
        return availability.settingsOf(coachId);
    }

    /** The coach's rules with the date overrides between {@code from} and {@code to}. */
    public AvailabilityRules rulesOf(AccountId coachId, LocalDate from, LocalDate to) {
        RuleSettings settings = availability.settingsOf(coachId);
        return new AvailabilityRules(
                practiceService.publicCoach(coachId).timeZone(),
                availability.weeklyHoursOf(coachId),
                availability.overridesOf(coachId, from, to),
                settings.bufferBefore(),
                settings.bufferAfter(),
                settings.minimumNotice(),
                settings.horizonDays(),
                settings.slotStep());
    }

    @Transactional
    @PreAuthorize(Roles.IS_SYSTEM)
    public void setRules(AccountId coachId, RuleSettings settings, Map<DayOfWeek, List<TimeWindow>> weeklyHours) {
        availability.saveSettings(coachId, settings);
        availability.replaceWeeklyHours(coachId, weeklyHours);
    }
}
