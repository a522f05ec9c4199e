package app.goodenough.shared;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How dates and times are written for one person: English words, in the order, hour cycle and
 * first day of the week of the person's region ("1 Dec 2026, 13:00" in Germany or Britain,
 * "Dec 1, 2026, 1:00 PM" in the United States). The region comes from the person's browser
 * ({@link EnglishRegions#localeFor}); where it is unknown, and in letters, the practice's own way is used:
 * day before month and a 24-hour clock. Nothing here depends on the machine's locale.
 */
public final class DateFormats {

    /** The way of the practice itself, for letters and for people whose region is not known. */
    public static final Locale PRACTICE_LOCALE = Locale.UK;

    private static final Map<Locale, DateFormats> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final DateTimeFormatter time;
    private final DateTimeFormatter timeWithSeconds;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayOfYear;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter shortDayOfYear;
    private final DateTimeFormatter month;
    private final DateTimeFormatter zoneName;

    private DateFormats(Locale locale) {
        this.locale = locale;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.timeWithSeconds = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dayOfYear = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.day = DateTimeFormatter.ofPattern(withoutYear(pattern(FormatStyle.FULL)), locale);
        this.shortDay = DateTimeFormatter.ofLocalizedPattern("MMMEd").withLocale(locale);
        this.shortDayOfYear = DateTimeFormatter.ofLocalizedPattern("yMMMEd").withLocale(locale);
        this.month = DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale);
        this.zoneName = DateTimeFormatter.ofPattern("zzz", locale);
    }

    /** The practice's own way, for letters and texts that are stored. */
    public static DateFormats practice() {
        return of(PRACTICE_LOCALE);
    }

    /** The way of the person this request is for, or the practice's own way outside a person's request. */
    public static DateFormats current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return of(context == null ? null : context.getLocale());
    }

    /** The way of a person whose browser asked for {@code locale}. */
    public static DateFormats of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(EnglishRegions.localeFor(locale == null ? List.of() : List.of(locale)), DateFormats::new);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * 09:00, or 9:00 AM; in the hour that a zone's clocks go through twice, with the zone's
     * abbreviation, because "02:30" alone would be two moments an hour apart (02:30 CEST, 02:30 CET).
     */
    public String time(ZonedDateTime moment) {
        String time = spaced(this.time.format(moment));
        return repeated(moment) ? time + " " + zoneName.format(moment) : time;
    }

    /** A time of day on the wall clock, without a zone, such as the start of working hours. */
    public String time(LocalTime wallClock) {
        return spaced(this.time.format(wallClock));
    }

    /** American times put a narrow space before "PM", which many fonts draw as none: a plain non-breaking one instead. */
    private static String spaced(String time) {
        return time.replace('\u202f', '\u00a0');
    }

    private static boolean repeated(ZonedDateTime moment) {
        return moment.getZone().getRules().getValidOffsets(moment.toLocalDateTime()).size() > 1;
    }

    /** 09:00–12:00, or 9:00 AM–12:00 PM */
    public String timeRange(LocalTime from, LocalTime to) {
        return time(from) + "–" + time(to);
    }

    /** 09:00:05 */
    public String timeWithSeconds(ZonedDateTime moment) {
        return spaced(timeWithSeconds.format(moment));
    }

    /** 1 Dec 2026, or Dec 1, 2026 */
    public String date(TemporalAccessor moment) {
        return date.format(moment);
    }

    /** 1 December 2026 */
    public String longDate(TemporalAccessor moment) {
        return longDate.format(moment);
    }

    /** Tuesday, 1 December 2026 */
    public String dayOfYear(TemporalAccessor moment) {
        return dayOfYear.format(moment);
    }

    /** Tuesday, 1 December */
    public String day(TemporalAccessor moment) {
        return day.format(moment);
    }

    /** Tue 1 Dec */
    public String shortDay(TemporalAccessor moment) {
        return shortDay.format(moment);
    }

    /** December 2026 */
    public String month(TemporalAccessor moment) {
        return month.format(moment);
    }

    /** Tue, 1 Dec 2026, 09:00 */
    public String moment(ZonedDateTime moment) {
        return shortDayOfYear.format(moment) + ", " + time(moment);
    }

    /** Tuesday, 1 December 2026, 09:00 */
    public String longMoment(ZonedDateTime moment) {
        return dayOfYear(moment) + ", " + time(moment);
    }

    /** Monday, or Mon */
    public String weekday(DayOfWeek weekday, TextStyle style) {
        return weekday.getDisplayName(style, locale);
    }

    /** The seven days in the order this person's calendars show them. */
    public List<DayOfWeek> week() {
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        List<DayOfWeek> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(first.plus(i));
        }
        return week;
    }

    /** The pattern of {@link #date}, for a date field to show and read dates in the same way. */
    public String datePattern() {
        return pattern(FormatStyle.MEDIUM);
    }

    /** The all-digit pattern people type dates in, such as 01/12/2026 or 12/1/26. */
    public String numericDatePattern() {
        return pattern(FormatStyle.SHORT);
    }

    private String pattern(FormatStyle style) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
    }

    /** "EEEE, d MMMM y" without its year and the separator before it: "EEEE, d MMMM". */
    static String withoutYear(String pattern) {
        return pattern.replaceAll("[,.\\s]*y+", "").replaceAll("^[,.\\s]+", "").strip();
    }
}
