package app.goodenough.series;

import app.goodenough.availability.AppointmentTimes;
import app.goodenough.shared.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The shape of a series: its first day, the local time in the coach's zone, every 1, 2 or 4
 * weeks, so many sessions. Every session is at the same local time, so 18:00 stays 18:00 on
 * both sides of a clock change; the instant moves.
 */
public record SeriesRhythm(UUID id, LocalDate firstDay, LocalTime time, ZoneId zone, int everyWeeks, int count) {

    /** How often a series can repeat: every week, every 2 weeks, every 4 weeks. */
    public static final List<Integer> EVERY_WEEKS = List.of(1, 2, 4);

    /** What is wrong with a rhythm that is none of {@link #EVERY_WEEKS}, at its field {@code everyWeeks}. */
    public static Optional<FieldProblem> problemWithEvery(int everyWeeks) {
        return EVERY_WEEKS.contains(everyWeeks) ? Optional.empty()
                : Optional.of(new FieldProblem("everyWeeks", "Choose every week, every 2 weeks or every 4 weeks."));
    }

    /** The local start of the session at this place in the series, 1 for the first. */
    public LocalDateTime localStart(int position) {
        return firstDay.plusWeeks((long) (position - 1) * everyWeeks).atTime(time);
    }

    /** The instant the session at this place starts; empty when the clocks skip its local time that day. */
    public Optional<Instant> start(int position) {
        LocalDateTime local = localStart(position);
        return AppointmentTimes.startOf(local.toLocalDate(), local.toLocalTime(), zone);
    }

    /** "every week", "every 2 weeks". */
    public static String every(int everyWeeks) {
        return everyWeeks == 1 ? "every week" : "every " + everyWeeks + " weeks";
    }
}
