package app.goodenough.busytimes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.availability.TimeRange;
import app.goodenough.schedule.BusyTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Busy times from files shaped like Google's, Outlook's and Apple's exports, written from RFC 5545's examples. */
class IcsBusyTimesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void googlesWeeklyEventWithAnExceptionAndItsOtherEventsAsAGoogleCalendarShowsThem() throws Exception {
        List<TimeRange> busy = IcsBusyTimes.between(file("google.ics"), BERLIN, at("2026-11-30T00:00:00Z"), at("2027-01-06T00:00:00Z"), true);

        assertThat(busy).containsExactly(
                range("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z"),
                range("2026-12-03T13:00:00Z", "2026-12-03T15:00:00Z"),
                range("2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z"),
                range("2026-12-22T09:00:00Z", "2026-12-22T10:00:00Z"),
                range("2026-12-23T23:00:00Z", "2026-12-25T23:00:00Z"),
                range("2026-12-29T09:00:00Z", "2026-12-29T10:00:00Z"),
                range("2027-01-05T09:00:00Z", "2027-01-05T10:00:00Z"));
    }

    @Test
    void eachOccurrenceKeepsItsEventsTitleForACoachWhoWantsToSeeThem() throws Exception {
        List<BusyTime> events = IcsBusyTimes.events(file("google.ics"), BERLIN, at("2026-11-30T00:00:00Z"), at("2026-12-09T00:00:00Z"), true);

        assertThat(events).extracting(BusyTime::title).containsExactly("Physio", "Dentist", "Physio");
    }

    @Test
    void allDayEventsBlockNothingWhenTheCoachSaysSo() throws Exception {
        List<TimeRange> busy = IcsBusyTimes.between(file("google.ics"), BERLIN, at("2026-12-23T00:00:00Z"), at("2026-12-27T00:00:00Z"), false);

        assertThat(busy).isEmpty();
    }

    @Test
    void outlooksWindowsZoneNameKeepsNineOClockBerlinAcrossTheClockChange() throws Exception {
        List<TimeRange> busy = IcsBusyTimes.between(file("outlook.ics"), ZoneId.of("Asia/Tokyo"), at("2027-03-20T00:00:00Z"),
                at("2027-04-30T00:00:00Z"), true);

        assertThat(busy).containsExactly(
                range("2027-03-24T08:00:00Z", "2027-03-24T08:30:00Z"),
                range("2027-03-31T07:00:00Z", "2027-03-31T07:30:00Z"),
                range("2027-04-07T07:00:00Z", "2027-04-07T07:30:00Z"));
    }

    @Test
    void applesMovedOccurrenceReplacesItsOriginalAndACancelledOneFreesItsTime() throws Exception {
        List<TimeRange> busy = IcsBusyTimes.between(file("apple.ics"), BERLIN, at("2026-11-29T00:00:00Z"), at("2026-12-10T00:00:00Z"), true);

        assertThat(busy).containsExactly(
                range("2026-11-30T12:00:00Z", "2026-11-30T13:00:00Z"),
                range("2026-12-01T12:00:00Z", "2026-12-01T13:00:00Z"),
                range("2026-12-02T17:00:00Z", "2026-12-02T18:00:00Z"),
                range("2026-12-04T12:00:00Z", "2026-12-04T13:00:00Z"));
    }

    @Test
    void onlyTheAskedRangeIsExpandedAndSomethingElseIsRefused() throws Exception {
        assertThat(IcsBusyTimes.between(file("google.ics"), BERLIN, at("2026-12-09T00:00:00Z"), at("2026-12-14T00:00:00Z"), true)).isEmpty();
        assertThatThrownBy(() -> IcsBusyTimes.between("<html>Sign in</html>", BERLIN, at("2026-12-09T00:00:00Z"), at("2026-12-14T00:00:00Z"), true))
                .isInstanceOf(IcsBusyTimes.UnreadableCalendarException.class);
    }

    @Test
    void overlappingAndTouchingBusyTimesBecomeOne() {
        assertThat(IcsBusyTimes.merged(List.of(range("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"),
                range("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z"), range("2026-12-01T10:30:00Z", "2026-12-01T10:45:00Z"),
                range("2026-12-01T12:00:00Z", "2026-12-01T13:00:00Z"))))
                .containsExactly(range("2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z"), range("2026-12-01T12:00:00Z", "2026-12-01T13:00:00Z"));
    }

    private static String file(String name) throws IOException {
        try (var in = IcsBusyTimesTest.class.getResourceAsStream("/calendars/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static TimeRange range(String start, String end) {
        return new TimeRange(at(start), at(end));
    }
}
