package app.goodenough.base;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times are written throughout the product: English words, a 24-hour clock. */
public final class DateFormats {

    /** 15:00 */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** 1 Dec 2026 */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Tuesday 1 December 2026 */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    /** Tue 1 Dec 2026, 15:00 */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** December 2026 */
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateFormats() {
    }
}
