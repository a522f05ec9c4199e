package app.goodenough.schedule;

import app.goodenough.identity.AccountId;
import app.goodenough.schedule.internal.BusyTimeRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time a coach's other calendars say is busy. Free times leave it out, and PostgreSQL refuses a
 * booking's claim over it as over another claim (a trigger on {@code time_claim}); blocked time
 * and sessions already booked stay as they are.
 */
@Component
public class ExternalBusyTimes {

    private final BusyTimeRepository busyTimes;

    ExternalBusyTimes(BusyTimeRepository busyTimes) {
        this.busyTimes = busyTimes;
    }

    /** Puts what one calendar says now in place of what it said before, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(AccountId coachId, UUID calendarId, List<BusyTime> busy) {
        busyTimes.replace(coachId, calendarId, busy);
    }
}
