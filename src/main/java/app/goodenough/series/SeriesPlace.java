package app.goodenough.series;


/**
 * Where a session stands in its series: "Session 3 of 8 · every week".
 *
 * @param position 1 for the first
 * @param count how many sessions the series was planned with, those left out included
 */
public record SeriesPlace(int position, int count, int everyWeeks) {

    public String label() {
        return "Session " + position + " of " + count + " · " + SeriesRhythm.every(everyWeeks);
    }
}
