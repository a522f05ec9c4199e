package app.goodenough.availability;

import java.time.LocalDate;
import java.util.List;

/** A date whose hours differ from the week's; no hours means closed. */
public record DateOverride(LocalDate day, List<TimeWindow> hours) {

    public DateOverride {
        hours = List.copyOf(hours);
    }

    public boolean closed() {
        return hours.isEmpty();
    }
}
