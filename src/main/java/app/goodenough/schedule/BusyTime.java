package app.goodenough.schedule;

import app.goodenough.availability.TimeRange;

/**
 * A stretch one of the coach's other calendars says is busy.
 *
 * @param title the event's title, only when the coach chose to see them for that calendar; empty otherwise
 */
public record BusyTime(TimeRange period, String title) {

    public static final int MAX_TITLE_LENGTH = 200;

    public BusyTime {
        title = title.length() > MAX_TITLE_LENGTH ? title.substring(0, MAX_TITLE_LENGTH) : title;
    }
}
