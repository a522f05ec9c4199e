package app.goodenough.availability;

import app.goodenough.shared.FieldProblem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a coach's rules must satisfy before they are stored; each problem names its field. */
public final class AvailabilityRulesCheck {

    static final Duration MAX_BUFFER = Duration.ofDays(1);
    static final Duration MAX_NOTICE = Duration.ofDays(30);
    static final Duration MAX_CANCELLATION_WINDOW = Duration.ofDays(30);
    static final Duration MIN_REMINDER_LEAD = Duration.ofHours(1);
    static final Duration MAX_REMINDER_LEAD = Duration.ofDays(7);

    private AvailabilityRulesCheck() {
    }

    public static List<FieldProblem> problemsWith(RuleSettings settings) {
        List<FieldProblem> problems = new ArrayList<>();
        within(problems, "bufferBefore", settings.bufferBefore(), MAX_BUFFER, "A buffer is between 0 minutes and one day.");
        within(problems, "bufferAfter", settings.bufferAfter(), MAX_BUFFER, "A buffer is between 0 minutes and one day.");
        within(problems, "minimumNotice", settings.minimumNotice(), MAX_NOTICE, "Notice is between 0 hours and 30 days.");
        if (settings.horizonDays() < 1 || settings.horizonDays() > 730) {
            problems.add(new FieldProblem("horizon", "Readers can book between 1 and 730 days ahead."));
        }
        if (settings.slotStep() == null || settings.slotStep().toMinutes() < 5 || settings.slotStep().toMinutes() > 240) {
            problems.add(new FieldProblem("slotStep", "Start times are 5 to 240 minutes apart."));
        }
        within(problems, "cancellationWindow", settings.cancellationWindow(), MAX_CANCELLATION_WINDOW,
                "The window is between 0 hours and 30 days.");
        if (settings.reminderLead() == null || settings.reminderLead().compareTo(MIN_REMINDER_LEAD) < 0
                || settings.reminderLead().compareTo(MAX_REMINDER_LEAD) > 0) {
            problems.add(new FieldProblem("reminderLead", "Reminders go out between 1 and 168 hours before a session."));
        }
        return problems;
    }

    /** Intervals of one weekday may touch but not overlap. */
    public static List<FieldProblem> problemsWith(Map<DayOfWeek, List<TimeWindow>> weeklyHours) {
        List<FieldProblem> problems = new ArrayList<>();
        weeklyHours.forEach((day, windows) -> overlapIn(windows).ifPresent(message -> problems.add(
                new FieldProblem("hours." + day, day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ": " + message))));
        return problems;
    }

    public static java.util.Optional<String> overlapIn(List<TimeWindow> windows) {
        List<TimeWindow> sorted = windows.stream().sorted(Comparator.comparing(TimeWindow::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                return java.util.Optional.of(sorted.get(i) + " overlaps " + sorted.get(i - 1) + ".");
            }
        }
        return java.util.Optional.empty();
    }

    private static void within(List<FieldProblem> problems, String field, Duration value, Duration max, String message) {
        if (value == null || value.isNegative() || value.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
