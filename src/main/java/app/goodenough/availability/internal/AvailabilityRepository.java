package app.goodenough.availability.internal;

import static app.goodenough.jooq.Tables.AVAILABILITY_RULE;
import static app.goodenough.jooq.Tables.DATE_OVERRIDE;
import static app.goodenough.jooq.Tables.DATE_OVERRIDE_HOURS;
import static app.goodenough.jooq.Tables.WEEKLY_HOURS;

import app.goodenough.availability.RuleSettings;
import app.goodenough.availability.TimeWindow;
import app.goodenough.identity.AccountId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class AvailabilityRepository {

    private final DSLContext db;

    AvailabilityRepository(DSLContext db) {
        this.db = db;
    }

    public RuleSettings settingsOf(AccountId coachId) {
        return db.select(AVAILABILITY_RULE.BUFFER_BEFORE_MINUTES, AVAILABILITY_RULE.BUFFER_AFTER_MINUTES,
                        AVAILABILITY_RULE.MINIMUM_NOTICE_MINUTES, AVAILABILITY_RULE.HORIZON_DAYS, AVAILABILITY_RULE.SLOT_STEP_MINUTES,
                        AVAILABILITY_RULE.CANCELLATION_WINDOW_MINUTES, AVAILABILITY_RULE.REMINDER_LEAD_MINUTES)
                .from(AVAILABILITY_RULE)
                .where(AVAILABILITY_RULE.COACH_ID.eq(coachId))
                .fetchOptional(row -> new RuleSettings(
                        Duration.ofMinutes(row.value1()), Duration.ofMinutes(row.value2()), Duration.ofMinutes(row.value3()),
                        row.value4(), Duration.ofMinutes(row.value5()), Duration.ofMinutes(row.value6()),
                        Duration.ofMinutes(row.value7())))
                .orElse(RuleSettings.DEFAULT);
    }

    public Map<DayOfWeek, List<TimeWindow>> weeklyHoursOf(AccountId coachId) {
        Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        db.select(WEEKLY_HOURS.WEEKDAY, WEEKLY_HOURS.START_TIME, WEEKLY_HOURS.END_TIME)
                .from(WEEKLY_HOURS)
                .where(WEEKLY_HOURS.COACH_ID.eq(coachId))
                .orderBy(WEEKLY_HOURS.WEEKDAY, WEEKLY_HOURS.START_TIME)
                .forEach(row -> weekly.computeIfAbsent(DayOfWeek.of(row.value1()), day -> new ArrayList<>())
                        .add(new TimeWindow(row.value2(), row.value3())));
        return weekly;
    }

    public Map<LocalDate, List<TimeWindow>> overridesOf(AccountId coachId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<TimeWindow>> overrides = new HashMap<>();
        db.select(DATE_OVERRIDE.DAY, DATE_OVERRIDE_HOURS.START_TIME, DATE_OVERRIDE_HOURS.END_TIME)
                .from(DATE_OVERRIDE)
                .leftJoin(DATE_OVERRIDE_HOURS)
                .on(DATE_OVERRIDE_HOURS.COACH_ID.eq(DATE_OVERRIDE.COACH_ID).and(DATE_OVERRIDE_HOURS.DAY.eq(DATE_OVERRIDE.DAY)))
                .where(DATE_OVERRIDE.COACH_ID.eq(coachId).and(DATE_OVERRIDE.DAY.between(from, to)))
                .orderBy(DATE_OVERRIDE.DAY, DATE_OVERRIDE_HOURS.START_TIME)
                .forEach(row -> {
                    List<TimeWindow> hours = overrides.computeIfAbsent(row.value1(), day -> new ArrayList<>());
                    if (row.value2() != null) {
                        hours.add(new TimeWindow(row.value2(), row.value3()));
                    }
                });
        return overrides;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void saveSettings(AccountId coachId, RuleSettings settings) {
        db.insertInto(AVAILABILITY_RULE)
                .columns(AVAILABILITY_RULE.COACH_ID, AVAILABILITY_RULE.BUFFER_BEFORE_MINUTES, AVAILABILITY_RULE.BUFFER_AFTER_MINUTES,
                        AVAILABILITY_RULE.MINIMUM_NOTICE_MINUTES, AVAILABILITY_RULE.HORIZON_DAYS, AVAILABILITY_RULE.SLOT_STEP_MINUTES,
                        AVAILABILITY_RULE.CANCELLATION_WINDOW_MINUTES, AVAILABILITY_RULE.REMINDER_LEAD_MINUTES)
                .values(coachId, minutes(settings.bufferBefore()), minutes(settings.bufferAfter()),
                        minutes(settings.minimumNotice()), settings.horizonDays(), minutes(settings.slotStep()),
                        minutes(settings.cancellationWindow()), minutes(settings.reminderLead()))
                .onConflict(AVAILABILITY_RULE.COACH_ID)
                .doUpdate()
                .set(AVAILABILITY_RULE.BUFFER_BEFORE_MINUTES, minutes(settings.bufferBefore()))
                .set(AVAILABILITY_RULE.BUFFER_AFTER_MINUTES, minutes(settings.bufferAfter()))
                .set(AVAILABILITY_RULE.MINIMUM_NOTICE_MINUTES, minutes(settings.minimumNotice()))
                .set(AVAILABILITY_RULE.HORIZON_DAYS, settings.horizonDays())
                .set(AVAILABILITY_RULE.SLOT_STEP_MINUTES, minutes(settings.slotStep()))
                .set(AVAILABILITY_RULE.CANCELLATION_WINDOW_MINUTES, minutes(settings.cancellationWindow()))
                .set(AVAILABILITY_RULE.REMINDER_LEAD_MINUTES, minutes(settings.reminderLead()))
                .set(AVAILABILITY_RULE.VERSION, AVAILABILITY_RULE.VERSION.plus(1))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceWeeklyHours(AccountId coachId, Map<DayOfWeek, List<TimeWindow>> weekly) {
        db.deleteFrom(WEEKLY_HOURS).where(WEEKLY_HOURS.COACH_ID.eq(coachId)).execute();
        weekly.forEach((day, windows) -> windows.forEach(window -> db.insertInto(WEEKLY_HOURS)
                .columns(WEEKLY_HOURS.COACH_ID, WEEKLY_HOURS.WEEKDAY, WEEKLY_HOURS.START_TIME, WEEKLY_HOURS.END_TIME)
                .values(coachId, (short) day.getValue(), window.start(), window.end())
                .execute()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceOverride(AccountId coachId, LocalDate day, List<TimeWindow> hours) {
        deleteOverride(coachId, day);
        db.insertInto(DATE_OVERRIDE).columns(DATE_OVERRIDE.COACH_ID, DATE_OVERRIDE.DAY).values(coachId, day).execute();
        hours.forEach(window -> db.insertInto(DATE_OVERRIDE_HOURS)
                .columns(DATE_OVERRIDE_HOURS.COACH_ID, DATE_OVERRIDE_HOURS.DAY, DATE_OVERRIDE_HOURS.START_TIME, DATE_OVERRIDE_HOURS.END_TIME)
                .values(coachId, day, window.start(), window.end())
                .execute());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteOverride(AccountId coachId, LocalDate day) {
        return db.deleteFrom(DATE_OVERRIDE).where(DATE_OVERRIDE.COACH_ID.eq(coachId).and(DATE_OVERRIDE.DAY.eq(day))).execute() == 1;
    }

    private static int minutes(Duration duration) {
        return Math.toIntExact(duration.toMinutes());
    }
}
