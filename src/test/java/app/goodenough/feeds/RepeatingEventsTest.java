package app.goodenough.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.identity.AccountId;
import app.goodenough.practice.PublicCoach;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.support.TestClock;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class RepeatingEventsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = TestClock.START;

    @Test
    void aFortnightlySeriesAcrossBothClockChangesIsOneValidRepeatingEventAtTheSameBerlinTimeWithTheLeftOutSessionsExcluded() throws Exception {
        LocalDate first = LocalDate.of(NOW.atZone(BERLIN).getYear() + 1, 1, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        LocalDateTime firstStart = first.atTime(18, 0);
        String uid = UUID.randomUUID() + "@good-enough";
        List<LocalDateTime> leftOut = List.of(firstStart.plusWeeks(16), firstStart.plusWeeks(38));

        byte[] ics = RepeatingEvents.ics(at(firstStart), new RepeatingEvents.Repeating(uid, BERLIN, firstStart, 2, 26, leftOut),
                "Sessions every 2 weeks.", NOW);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        calendar.validate();

        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;COUNT=26;INTERVAL=2");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(first.toString().replace("-", "") + "T180000");
        assertThat(event.getProperty("EXDATE").orElseThrow().getValue()).isEqualTo(stamp(leftOut.get(0)) + "," + stamp(leftOut.get(1)));
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
        VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertThat(zone.getObservances()).as("the offset at the start and both clock changes").hasSize(3);
        IntStream.range(0, 26).mapToObj(i -> firstStart.plusWeeks(2L * i)).forEach(local -> assertThat(
                zone.getApplicableObservance(local.atZone(BERLIN)).getProperty("TZOFFSETTO").orElseThrow().getValue())
                .as("the offset on " + local).isEqualTo(BERLIN.getRules().getOffset(local).getId().replace(":", "")));
    }

    private static Confirmation at(LocalDateTime local) {
        AccountId coach = new AccountId(UUID.randomUUID());
        SessionTypeId type = new SessionTypeId(UUID.randomUUID());
        Instant start = local.atZone(BERLIN).toInstant();
        Booking booking = new Booking(new BookingId(UUID.randomUUID()), coach, new AccountId(UUID.randomUUID()), type, start,
                start.plusSeconds(50 * 60), BookingStatus.BOOKED, null, "", ZoneId.of("America/New_York"), "Robin Reader", false);
        return new Confirmation(booking, new SessionType(type, coach, "Coaching session", 50, "", "90 €", "Lindenstraße 12, Berlin", "", "#b8643c",
                true), new PublicCoach(coach, "Maren Albers", "coach@example.com", BERLIN), "Robin Reader", "robin@example.org", Optional.empty());
    }

    private static String stamp(LocalDateTime local) {
        return local.toString().replace("-", "").replace(":", "") + "00";
    }
}
