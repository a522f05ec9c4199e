package app.goodenough.availability;

import java.time.LocalTime;
import java.util.Objects;

/** A stretch of local time within one day, start inclusive, end exclusive, e.g. 09:00–12:00. */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A time window ends after it starts: " + start + "–" + end);
        }
    }

    public static TimeWindow of(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
