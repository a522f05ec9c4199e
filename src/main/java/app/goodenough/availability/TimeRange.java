package app.goodenough.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of absolute time, start inclusive, end exclusive. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A time range ends after it starts: " + start + "–" + end);
        }
    }

    public static TimeRange starting(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
