package app.goodenough.today;

import java.time.LocalDate;

/**
 * The coach's week, Monday to Sunday in their zone, in numbers.
 *
 * @param sessions sessions this week that were not cancelled
 * @param toCome those of them still booked and not yet begun
 */
public record WeekNumbers(LocalDate monday, int sessions, int completed, int noShows, int cancelled, int toCome) {
}
