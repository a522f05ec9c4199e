package app.goodenough.series;

import app.goodenough.schedule.Confirmation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Several sessions of one series were booked, moved or cancelled at once. Published inside the
 * change's transaction, so that the one message about them all is stored with it or not at all.
 *
 * @param sessions the sessions booked or cancelled, each with its place in the series, in order
 * @param reason why they were cancelled, as written; empty otherwise
 */
public record SeriesChanged(SeriesRhythm rhythm, List<Session> sessions, Change change, String reason) {

    public enum Change { BOOKED, MOVED, CANCELLED }

    /**
     * One session of the series and its place in it, 1 for the first.
     *
     * @param previousStart where a moved session was before; null otherwise
     */
    public record Session(int position, Confirmation confirmation, @Nullable Instant previousStart) {

        public Session(int position, Confirmation confirmation) {
            this(position, confirmation, null);
        }
    }

    public Confirmation first() {
        return sessions.getFirst().confirmation();
    }

    /** The local starts of the places in the series that none of these sessions holds. */
    public List<LocalDateTime> leftOut() {
        Set<Integer> held = sessions.stream().map(Session::position).collect(Collectors.toSet());
        return IntStream.rangeClosed(1, rhythm.count()).filter(position -> !held.contains(position)).mapToObj(rhythm::localStart).toList();
    }
}
