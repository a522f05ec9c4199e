package app.goodenough.practice;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** IANA time zones, as people choose them. */
public final class TimeZones {

    private TimeZones() {
    }

    /** Region-based zone ids such as {@code Europe/Berlin}, sorted, for pickers. */
    public static List<String> choices() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    /** The zone with this IANA name, or nothing when there is no such zone. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
