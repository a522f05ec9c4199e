package app.goodenough.busytimes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.support.CalendarServer;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a calendar may be read from: not from the machine itself or its private network, unless a setting allows it. */
class CalendarFetcherTest {

    @Test
    void addressesOnThisMachineOrItsPrivateNetworkAreRefused() {
        CalendarFetcher fetcher = new CalendarFetcher(false);
        for (String address : new String[] {"http://127.0.0.1:1/cal.ics", "http://localhost/cal.ics", "http://10.1.2.3/cal.ics",
                "http://192.168.0.10/cal.ics", "http://172.16.5.5/cal.ics", "http://169.254.169.254/latest/meta-data", "http://[::1]/cal.ics",
                "http://[fd00::1]/cal.ics", "http://0.0.0.0/cal.ics"}) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(address))).as(address)
                    .isInstanceOf(CalendarFetcher.FetchProblem.class).hasMessageContaining("private network");
        }
    }

    @Test
    void theTestsSettingAllowsACalendarServedOnThisMachine() throws Exception {
        try (CalendarServer server = new CalendarServer()) {
            String address = server.serve("/cal.ics", CalendarServer.calendarFile());

            assertThat(new CalendarFetcher(true).fetch(URI.create(address))).startsWith("BEGIN:VCALENDAR");
            assertThatThrownBy(() -> new CalendarFetcher(false).fetch(URI.create(address))).isInstanceOf(CalendarFetcher.FetchProblem.class);
        }
    }
}
