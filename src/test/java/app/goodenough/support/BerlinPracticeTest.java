package app.goodenough.support;

import app.goodenough.booking.BookingService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A service test with a fresh coach in Berlin and the free starts four days from today. */
public abstract class BerlinPracticeTest extends ServiceTest {

    @Autowired protected BookingService bookingService;
    protected TestPractice.Practice practice;
    protected List<Instant> free;

    @BeforeEach
    void openPractice() {
        practice = testPractice.open("Europe/Berlin");
        free = testPractice.freeTimes(practice, 4);
    }
}
