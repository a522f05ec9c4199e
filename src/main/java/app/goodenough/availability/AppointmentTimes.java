package app.goodenough.availability;

import app.goodenough.shared.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules for the day and time of an appointment, in the coach's zone. */
public final class AppointmentTimes {

    /** How far ahead the coach can book, whatever horizon readers have. */
    public static final int YEARS_AHEAD = 2;

    private AppointmentTimes() {
    }

    /** The instant of a local time on a day; empty when clocks skip that time. */
    public static Optional<Instant> startOf(LocalDate day, LocalTime time, ZoneId zone) {
        LocalDateTime local = day.atTime(time);
        return zone.getRules().getValidOffsets(local).isEmpty()
                ? Optional.empty()
                : Optional.of(ZonedDateTime.of(local, zone).toInstant());
    }

    /** The start, when the day and time make one from now on; otherwise what is wrong, added to {@code problems}. */
    public static Optional<Instant> problemsWith(@Nullable LocalDate day, @Nullable LocalTime time, ZoneId zone, Instant now,
            List<FieldProblem> problems) {
        if (day == null) {
            problems.add(new FieldProblem("day", "Choose a day."));
        } else if (day.isAfter(now.atZone(zone).toLocalDate().plusYears(YEARS_AHEAD))) {
            problems.add(new FieldProblem("day", "Choose a day within the next " + YEARS_AHEAD + " years."));
        }
        if (time == null) {
            problems.add(new FieldProblem("time", "Choose a start time."));
        }
        if (day == null || time == null) {
            return Optional.empty();
        }
        Optional<Instant> start = startOf(day, time, zone);
        if (start.isEmpty()) {
            problems.add(new FieldProblem("time", "The clocks go forward at this time on that day. Choose another time."));
        } else if (!start.get().isAfter(now)) {
            problems.add(new FieldProblem("time", "This time has passed. Choose a time from now on."));
        }
        return start.filter(instant -> instant.isAfter(now));
    }
}
