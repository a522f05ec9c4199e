package app.goodenough.readerseries;

import app.goodenough.series.SeriesRhythm;

/** What the coach lets readers book of a session type as a series: so many sessions, every 1, 2 or 4 weeks. */
public record SeriesOffer(int sessions, int everyWeeks) {

    public static final int MIN_SESSIONS = 2;
    public static final int MAX_SESSIONS = 12;

    /** "6 sessions, every week". */
    public String label() {
        return sessions + " sessions, " + SeriesRhythm.every(everyWeeks);
    }
}
