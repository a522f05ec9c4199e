package app.goodenough.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Dates and times are written one way per person, by the region their browser names, never by the machine's locale. */
class DateFormatsTest {

    static final ZonedDateTime AFTERNOON = ZonedDateTime.of(2026, 11, 30, 13, 5, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void thePracticesOwnWayIsDayBeforeMonthAndA24HourClock() {
        DateFormats formats = DateFormats.practice();

        assertThat(formats.time(AFTERNOON)).isEqualTo("13:05");
        assertThat(formats.timeWithSeconds(AFTERNOON)).isEqualTo("13:05:00");
        assertThat(formats.date(AFTERNOON)).isEqualTo("30 Nov 2026");
        assertThat(formats.longDate(AFTERNOON)).isEqualTo("30 November 2026");
        assertThat(formats.day(AFTERNOON)).isEqualTo("Monday, 30 November");
        assertThat(formats.dayOfYear(AFTERNOON)).isEqualTo("Monday, 30 November 2026");
        assertThat(formats.moment(AFTERNOON)).isEqualTo("Mon, 30 Nov 2026, 13:05");
        assertThat(formats.longMoment(AFTERNOON)).isEqualTo("Monday, 30 November 2026, 13:05");
        assertThat(formats.month(AFTERNOON)).isEqualTo("November 2026");
        assertThat(formats.timeRange(AFTERNOON.toLocalTime(), AFTERNOON.plusHours(4).toLocalTime())).isEqualTo("13:05–17:05");
        assertThat(formats.week()).startsWith(DayOfWeek.MONDAY).endsWith(DayOfWeek.SUNDAY).hasSize(7);
        assertThat(formats.datePattern()).isEqualTo("d MMM y");
        assertThat(formats.numericDatePattern()).isEqualTo("dd/MM/y");
    }

    @Test
    void aBerlinBrowserReadsLikeTheArticleAndAnAmericanOneLikeAmerica() {
        DateFormats german = DateFormats.of(Locale.GERMANY);
        DateFormats american = DateFormats.of(Locale.US);

        assertThat(german.locale()).isEqualTo(Locale.of("en", "DE"));
        assertThat(german.date(AFTERNOON)).isEqualTo("30 Nov 2026");
        assertThat(german.time(AFTERNOON)).isEqualTo("13:05");
        assertThat(american.date(AFTERNOON)).isEqualTo("Nov 30, 2026");
        assertThat(american.time(AFTERNOON)).matches("(?U)1:05\\sPM");
        assertThat(american.day(AFTERNOON)).isEqualTo("Monday, November 30");
        assertThat(american.week()).startsWith(DayOfWeek.SUNDAY);
        assertThat(american.datePattern()).isEqualTo("MMM d, y");
    }

    @Test
    void anUnknownOrMissingRegionGetsThePracticesWay() {
        for (Locale unknown : new Locale[] {Locale.of("tr", "TR"), Locale.of("tr"), Locale.ROOT, null}) {
            assertThat(DateFormats.of(unknown).locale()).as("%s", unknown).isEqualTo(DateFormats.PRACTICE_LOCALE);
        }
        assertThat(EnglishRegions.localeFor(List.of(Locale.of("de"), Locale.US, Locale.UK))).isEqualTo(Locale.US);
    }

    @Test
    void theCurrentPersonsWayComesFromTheirRequestOrElseThePractice() {
        assertThat(DateFormats.current().locale()).isEqualTo(DateFormats.PRACTICE_LOCALE);
        try {
            LocaleContextHolder.setLocale(Locale.US);
            assertThat(DateFormats.current().locale()).isEqualTo(Locale.US);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void theHourClocksGoThroughTwiceNamesItsZoneAndTheOtherHoursDoNot() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime repeated = ZonedDateTime.of(LocalDate.of(2027, 10, 31).atTime(2, 30), berlin);
        ZonedDateTime skipped = ZonedDateTime.of(LocalDate.of(2027, 3, 28).atTime(2, 30), berlin);
        DateFormats formats = DateFormats.practice();

        assertThat(formats.time(repeated.withEarlierOffsetAtOverlap())).isEqualTo("02:30 CEST");
        assertThat(formats.time(repeated.withLaterOffsetAtOverlap())).isEqualTo("02:30 CET");
        assertThat(formats.time(skipped)).isEqualTo("03:30");
        assertThat(formats.time(repeated.toLocalTime())).isEqualTo("02:30");
    }

    @Test
    void theYearIsTakenOutOfTheFullPatternWithItsSeparator() {
        assertThat(DateFormats.withoutYear("EEEE, d MMMM y")).isEqualTo("EEEE, d MMMM");
        assertThat(DateFormats.withoutYear("EEEE, MMMM d, y")).isEqualTo("EEEE, MMMM d");
        assertThat(DateFormats.withoutYear("EEEE d MMMM y")).isEqualTo("EEEE d MMMM");
    }
}
