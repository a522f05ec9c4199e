package app.goodenough.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The calendar's views and the dates each one shows around a chosen date. */
enum CalendarMode {
    DAY("Day"),
    WEEK("Week"),
    MONTH("Month"),
    AGENDA("Agenda");

    private final String label;

    CalendarMode(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    LocalDate first(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case AGENDA -> date;
        };
    }

    LocalDate last(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> first(date).plusDays(6);
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case AGENDA -> date.plusDays(27);
        };
    }

    LocalDate next(LocalDate date) {
        return switch (this) {
            case DAY -> date.plusDays(1);
            case WEEK -> date.plusWeeks(1);
            case MONTH -> date.plusMonths(1);
            case AGENDA -> date.plusDays(28);
        };
    }

    LocalDate previous(LocalDate date) {
        return switch (this) {
            case DAY -> date.minusDays(1);
            case WEEK -> date.minusWeeks(1);
            case MONTH -> date.minusMonths(1);
            case AGENDA -> date.minusDays(28);
        };
    }
}
