package app.goodenough.shared;

import java.text.DateFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The regions English has its own way of writing dates for, and the one to use for a person. */
public final class EnglishRegions {

    private static final List<Locale> REGIONS = Arrays.stream(DateFormat.getAvailableLocales())
            .filter(locale -> locale.getLanguage().equals("en") && locale.getCountry().length() == 2
                    && locale.getVariant().isEmpty() && locale.getScript().isEmpty())
            .toList();

    private EnglishRegions() {
    }

    /**
     * The locale to write dates in for someone whose browser prefers {@code preferred}, best
     * first: English with the region of the first preference that names a region English has
     * a way of writing dates for, else the practice's own.
     */
    public static Locale localeFor(List<Locale> preferred) {
        return preferred.stream()
                .filter(candidate -> candidate != null && !candidate.getCountry().isEmpty())
                .map(candidate -> Locale.of("en", candidate.getCountry()))
                .filter(REGIONS::contains)
                .findFirst()
                .orElse(DateFormats.PRACTICE_LOCALE);
    }
}
