package app.goodenough.series;

import app.goodenough.schedule.Confirmation;
import java.util.List;

/**
 * Several sessions of one series were booked, or cancelled, at once. Published inside the
 * change's transaction, so that the one message about them all is stored with it or not at all.
 *
 * @param sessions the sessions booked or cancelled, each with its place in the series, in order
 * @param reason why they were cancelled, as written; empty otherwise
 */
public record SeriesChanged(SeriesRhythm rhythm, List<Session> sessions, Change change, String reason) {

    public enum Change { BOOKED, CANCELLED }

    /** One session of the series and its place in it, 1 for the first. */
    public record Session(int position, Confirmation confirmation) {
    }

    public Confirmation first() {
        return sessions.getFirst().confirmation();
    }
}
