package app.goodenough.booking;

import java.time.Instant;
import java.util.List;

/** The chosen time was taken by someone else a moment ago; here are the nearest free ones. */
public class SlotTakenException extends RuntimeException {

    private final List<Instant> nearestFreeStarts;

    public SlotTakenException(List<Instant> nearestFreeStarts) {
        super("That time was just taken");
        this.nearestFreeStarts = List.copyOf(nearestFreeStarts);
    }

    public List<Instant> nearestFreeStarts() {
        return nearestFreeStarts;
    }
}
