package app.goodenough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void parsesIanaNames() {
        assertThat(TimeZones.parse("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.parse(" America/New_York ")).contains(ZoneId.of("America/New_York"));
    }

    @Test
    void refusesUnknownBlankAndOverlongNames() {
        assertThat(TimeZones.parse("Mars/Olympus_Mons")).isEmpty();
        assertThat(TimeZones.parse("")).isEmpty();
        assertThat(TimeZones.parse(null)).isEmpty();
        assertThat(TimeZones.parse("Europe/" + "x".repeat(100))).isEmpty();
    }

    @Test
    void offersRegionZonesForPickers() {
        assertThat(TimeZones.choices()).contains("Europe/Berlin", "America/New_York", "Asia/Tokyo")
                .noneMatch(id -> id.startsWith("Etc/"))
                .isSorted();
    }
}
