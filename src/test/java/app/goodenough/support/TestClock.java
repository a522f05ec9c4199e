package app.goodenough.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The application's clock in tests. It does not read the machine's date: the suite's time starts
 * at {@link #START} and runs on from there at the real pace (so mail retries, polling and
 * timeouts still happen), whatever day the suite runs on. A test may move it to another moment,
 * freeze it there, or move it on; {@link TestClockReset} puts it back on the suite's own time
 * line after every test.
 */
public final class TestClock extends Clock {

    /**
     * Where the suite's time begins: an ordinary Wednesday morning in Berlin, or the moment
     * {@code -Dgood-enough.test.start=2028-02-29T22:30:00Z} names, to run the whole suite on another day.
     */
    public static final Instant START = Instant.parse(System.getProperty("good-enough.test.start", "2026-12-02T08:00:00Z"));

    private static final TestClock INSTANCE = new TestClock();

    private final Clock machine = Clock.systemUTC();
    private final Duration home = Duration.between(machine.instant(), START);
    private volatile Duration offset = home;
    private volatile Instant frozen;

    private TestClock() {
    }

    public static TestClock get() {
        return INSTANCE;
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        return stopped != null ? stopped : machine.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }

    /** Today in {@code zone}, by this clock. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(instant(), zone);
    }

    /** Time continues from {@code moment} at the real pace. */
    public void runFrom(Instant moment) {
        frozen = null;
        offset = Duration.between(machine.instant(), moment);
    }

    public void runFrom(ZonedDateTime moment) {
        runFrom(moment.toInstant());
    }

    /** Time stands still at {@code moment} until the clock is moved again or reset. */
    public void freezeAt(Instant moment) {
        frozen = moment;
    }

    public void freezeAt(ZonedDateTime moment) {
        freezeAt(moment.toInstant());
    }

    /** Moves time on by {@code step}, frozen or running. */
    public void advance(Duration step) {
        Instant stopped = frozen;
        if (stopped != null) {
            frozen = stopped.plus(step);
        } else {
            offset = offset.plus(step);
        }
    }

    /** Back on the suite's own time line: {@link #START} plus the real time since the suite began. */
    public void reset() {
        frozen = null;
        offset = home;
    }
}
