package app.goodenough.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.identity.AccountId;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PublicCoach;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

    static final Instant START = Instant.parse("2026-12-01T14:00:00Z");
    static final String MANAGE_URL = "https://coach.example.com/manage/abc_DEF-123";

    @Test
    void aConfirmationBecomesAValidCalendarEventAtTheBookedInstantWithItsPlaceAndManageLink() throws Exception {
        Confirmation confirmation = confirmation();

        byte[] ics = CalendarFiles.ics(confirmation, MANAGE_URL, Instant.parse("2026-11-25T10:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        calendar.validate();

        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Coaching session with Maren Albers");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261201T140000Z");
        assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20261201T145000Z");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(confirmation.booking().id() + "@good-enough");
        assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:coach@example.com");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Focus: Black-and-white thinking.",
                "Where: Lindenstraße 12, Berlin", "Move or cancel: " + MANAGE_URL);
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Lindenstraße 12, Berlin");
        assertThat(event.getProperty("URL").orElseThrow().getValue()).isEqualTo(MANAGE_URL);
        assertThat(event.getProperties("DTSTAMP")).hasSize(1);
        assertThat(event.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261125T100000Z");
        assertThat(new String(ics, java.nio.charset.StandardCharsets.UTF_8)).contains("\r\n");
        assertThat(CalendarFiles.fileName(confirmation)).isEqualTo("good-enough-session-2026-12-01.ics");
    }

    @Test
    void sessionsBookedTogetherAreOneFileWithAnEventEachUnderItsOwnIdentityAndLink() throws Exception {
        Confirmation first = confirmation();
        Confirmation second = confirmation();

        byte[] ics = CalendarFiles.ics(List.of(first, second), session -> MANAGE_URL + "/" + session.booking().id(), Instant.parse("2026-11-25T10:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        calendar.validate();

        List<VEvent> events = calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        assertThat(events).hasSize(2).map(event -> event.getProperty("UID").orElseThrow().getValue())
                .containsExactly(first.booking().id() + "@good-enough", second.booking().id() + "@good-enough");
        assertThat(events).map(event -> event.getProperty("URL").orElseThrow().getValue())
                .containsExactly(MANAGE_URL + "/" + first.booking().id(), MANAGE_URL + "/" + second.booking().id());
    }

    static Confirmation confirmation() {
        AccountId coach = new AccountId(UUID.randomUUID());
        SessionTypeId type = new SessionTypeId(UUID.randomUUID());
        Booking booking = new Booking(new BookingId(UUID.randomUUID()), coach, new AccountId(UUID.randomUUID()), type, START,
                START.plusSeconds(50 * 60), BookingStatus.BOOKED, "black-and-white-thinking", "", ZoneId.of("America/New_York"),
                "Robin Reader", false);
        return new Confirmation(booking,
                new SessionType(type, coach, "Coaching session", 50, "", "90 €", "Lindenstraße 12, Berlin", "By bank transfer.", "#b8643c",
                        true),
                new PublicCoach(coach, "Maren Albers", "coach@example.com", ZoneId.of("Europe/Berlin")),
                "Robin Reader", "robin@example.org",
                Optional.of(new Principle("black-and-white-thinking", 3, "Black-and-white thinking", "", "#56646f")));
    }
}
