package app.goodenough.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.shared.DateFormats;
import app.goodenough.support.Moments.Moment;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice.Practice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The booking page at every awkward moment, for coaches in Berlin and New York and readers in
 * Tokyo and Auckland: it opens on the month of the first free time and names that time; one click
 * shows its day; the month is never one of only struck-out days; and the reader can page forward
 * exactly to the last day of the coach's horizon.
 */
class BookViewAtEveryMomentTest extends DayStepViewTest {

    static final DateFormats FORMATS = DateFormats.practice();

    @ParameterizedTest(name = "{0}: {1}, reader in {2}")
    @MethodSource("app.goodenough.support.Moments#forEveryCoachAndReader")
    void theReaderStartsAtTheFirstFreeTimeAndCanReachTheLastBookableDay(ZoneId coach, Moment moment, ZoneId reader) {
        Practice practice = testPractice.openWithSundayNights(coach);
        TestClock.get().freezeAt(moment.at());
        UI.getCurrent().navigate(BookView.class);
        test($(Button.class).withAriaLabel(practice.session().name() + ", 50 minutes").single()).click();
        $(ReaderZoneField.class).single().setValue(reader.getId());

        Instant first = firstFreeDayByDay(practice.session().id(), reader).orElseThrow();
        ZonedDateTime firstHere = first.atZone(reader);
        assertThat(first).isAfterOrEqualTo(moment.at().toInstant().plusSeconds(12 * 3600));
        assertThat(nextFree().getText()).isEqualTo("Next free time: " + FORMATS.day(firstHere) + ", " + FORMATS.time(firstHere));
        assertThat(monthTitle()).isEqualTo(FORMATS.month(firstHere));
        assertThat(freeDays()).isNotEmpty().first().isEqualTo(firstHere.toLocalDate());
        YearMonth thisMonth = YearMonth.from(moment.at().withZoneSameInstant(reader));
        assertThat(monthButton("Previous month").isEnabled()).isEqualTo(YearMonth.from(firstHere).isAfter(thisMonth));

        test(nextFree()).click();
        assertThat(timesHeading()).isEqualTo(FORMATS.dayOfYear(firstHere.toLocalDate()));
        assertThat(times()).first().isEqualTo(FORMATS.time(firstHere));

        test($(Button.class).withText("Change").single()).click();
        assertThat(monthTitle()).isEqualTo(FORMATS.month(firstHere));
        LocalDate lastFreeDay = lastFreeDayOfTheHorizon(practice, moment, reader);
        while (monthButton("Next month").isEnabled()) {
            test(monthButton("Next month")).click();
        }
        assertThat(YearMonth.from(lastFreeDay)).isEqualTo(monthFromTitle());
        assertThat(freeDays()).isNotEmpty().last().isEqualTo(lastFreeDay);
    }

    /** The reader's date of the last start the coach offers: on the last day of the horizon in the coach's zone, or just before it. */
    private LocalDate lastFreeDayOfTheHorizon(Practice practice, Moment moment, ZoneId reader) {
        LocalDate lastCoachDay = moment.at().toLocalDate().plusDays(60);
        assertThat(bookingService.freeTimesOn(practice.session().id(), lastCoachDay.plusDays(1), practice.zone())).isEmpty();
        for (LocalDate day = lastCoachDay; ; day = day.minusDays(1)) {
            List<Instant> starts = bookingService.freeTimesOn(practice.session().id(), day, practice.zone());
            if (!starts.isEmpty()) {
                return starts.getLast().atZone(reader).toLocalDate();
            }
        }
    }

    private YearMonth monthFromTitle() {
        return YearMonth.parse(monthTitle(), DateTimeFormatter.ofPattern("MMMM yyyy", FORMATS.locale()));
    }
}
