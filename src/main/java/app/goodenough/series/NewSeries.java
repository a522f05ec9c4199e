package app.goodenough.series;

import app.goodenough.identity.AccountId;
import app.goodenough.sessiontypes.SessionTypeId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A series the coach books for one of her clients: the first day and the local time in her zone,
 * every 1, 2 or 4 weeks, so many times.
 *
 * @param outsideHoursConfirmed the coach said to book occurrences outside her working hours all the same
 * @param idempotencyKey one per series form, so a second submit books nothing twice
 */
public record NewSeries(@Nullable SessionTypeId sessionType, @Nullable AccountId clientId, @Nullable LocalDate firstDay,
        @Nullable LocalTime time, int everyWeeks, int count, @Nullable String focus, boolean outsideHoursConfirmed, UUID idempotencyKey) {

    public static final int MIN_COUNT = 2;
    public static final int MAX_COUNT = 52;
}
