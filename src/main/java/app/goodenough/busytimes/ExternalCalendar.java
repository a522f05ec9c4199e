package app.goodenough.busytimes;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the coach's other calendars, as her sync page shows it: never its whole address, which
 * is a secret of its own.
 *
 * @param addressShown the address's host, enough to tell calendars apart
 * @param lastSuccessAt when its busy times were last read; null before the first time
 * @param lastProblem why the last try failed ("the server answered 401"); empty when it did not
 */
public record ExternalCalendar(UUID id, String label, String addressShown, boolean allDayBlocks, @Nullable Instant lastSuccessAt,
        String lastProblem) {
}
