package app.goodenough.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

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

    /** The first date shown around {@code date}, with weeks starting on {@code weekStart}. */
    LocalDate first(LocalDate date, DayOfWeek weekStart) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH -> date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(weekStart));
            case AGENDA -> date;
        };
    }

    /** The last date shown around {@code date}, inclusive. */
    LocalDate last(LocalDate date, DayOfWeek weekStart) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> first(date, weekStart).plusDays(6);
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(weekStart.minus(1)));
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

    /** The mode an address names, in any case; empty for an unknown name. */
    static Optional<CalendarMode> named(String name) {
        return Arrays.stream(values()).filter(mode -> mode.name().equalsIgnoreCase(name)).findFirst();
    }
}
