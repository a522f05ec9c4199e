package app.goodenough.schedule.internal;

import static app.goodenough.jooq.Tables.TIME_CLAIM;

import app.goodenough.availability.TimeRange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;

/**
 * How instants and time ranges are written to PostgreSQL: {@code timestamptz} in UTC, {@code tstzrange} as [start, end).
 *
 * <p>Why: {@code src/docs/decisions/003-instants-for-moments.md}.
 */
final class Periods {

    private Periods() {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Field<OffsetDateTimeRange> period(TimeRange range) {
        return DSL.val(OffsetDateTimeRange.offsetDateTimeRange(utc(range.start()), true, utc(range.end()), false), TIME_CLAIM.PERIOD);
    }
}
