package app.goodenough.calendar;

import java.time.LocalDate;

/** Where the coach's calendar is, for the pages and messages that lead to it. */
public final class CalendarAddress {

    public static final String ROUTE = "coach/calendar";

    private CalendarAddress() {
    }

    /** The calendar's day view of one date, relative to the application's base address. */
    public static String dayOf(LocalDate day) {
        return ROUTE + "?view=day&date=" + day;
    }
}
