package app.goodenough.benchmark;

import app.goodenough.booking.BookingService;
import app.goodenough.calendar.CalendarAddress;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coach calendar: the month view with 500 bookings in it, rendered server-side (query, then
 * the component tree Vaadin sends). Run with {@code ./mvnw test -Pbenchmark -Dtest=CalendarRenderBenchmark}.
 */
@Tag("benchmark")
class CalendarRenderBenchmark extends ViewTest {

    private static final int BOOKINGS = 500;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;

    @Autowired BenchPractice benchPractice;
    @Autowired BookingService bookingService;

    @Test
    void monthViewWithFiveHundredBookings() {
        TestPractice.Practice practice = benchPractice.open();
        LocalDate firstOfNextMonth = TestClock.get().today(BenchPractice.ZONE).plusMonths(1).withDayOfMonth(1);
        List<Instant> starts = benchPractice.freeStarts(practice.session(), BOOKINGS, 2, firstOfNextMonth);
        for (Instant start : starts) {
            bookingService.book(new BookingRequest(practice.session().id(), start, "Reader", "month-" + UUID.randomUUID()
                    + "@example.org", "", null, "", BenchPractice.ZONE.getId(), UUID.randomUUID()));
        }
        LocalDate middle = firstOfNextMonth.plusDays(7);
        signIn.as(practice.coach().email());

        String month = CalendarAddress.ROUTE + "?view=month&date=" + middle;
        for (int i = 0; i < WARM_UP; i++) {
            open(month);
        }
        Stopwatch stopwatch = new Stopwatch(MEASURED);
        for (int i = 0; i < MEASURED; i++) {
            long begin = System.nanoTime();
            open(month);
            stopwatch.record(System.nanoTime() - begin);
        }
        long shown = $(Div.class).withClassName("entry").all().size();
        System.out.printf(Locale.ROOT, "calendar month view, %d bookings booked, %d in view: median %.1f ms, p95 %.1f ms over %d renders%n",
                BOOKINGS, shown, stopwatch.percentileMicros(50) / 1000, stopwatch.percentileMicros(95) / 1000, MEASURED);
    }
}
