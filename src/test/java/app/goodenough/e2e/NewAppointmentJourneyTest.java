package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestMail;
import app.goodenough.support.pages.AppointmentDialogPage;
import app.goodenough.support.pages.CalendarPage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 4, the coach making appointments: a click on free Wednesday afternoon books someone new,
 * who receives the confirmation; then Sam, from her clients, on Wednesday evening, outside her
 * working hours, once she ticks that she means it.
 */
class NewAppointmentJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired JdbcTemplate jdbc;

    @Test
    void theCoachBooksSomeoneNewFromFreeTimeAndSamOutsideHerHours() {
        LocalDate wednesday = TestClock.get().today(BERLIN).plusDays(22).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        String name = "Jordan " + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
        String email = "walk-in-" + UUID.randomUUID() + "@example.org";
        signIn(Demo.COACH, Demo.PASSWORD);
        CalendarPage calendar = new CalendarPage(browser).open("week", wednesday);

        AppointmentDialogPage dialog = calendar.clickFreeTime(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0));
        assertThat(dialog.startTime()).isEqualTo("14:00");
        dialog.forSomeoneNew(name, email);
        browser.assertAccessible("the new appointment dialog");
        browser.screenshot("new-appointment");
        dialog.book();

        assertThat(calendar.entryClasses(name)).contains("status-booked");
        assertThat(await().atMost(Duration.ofSeconds(15)).until(() -> subjects(TestMail.receivedBy(email)), s -> !s.isEmpty()))
                .singleElement().asString().startsWith("Your session on ").endsWith("is booked");

        dialog = calendar.newAppointment().forClient("Sam").at("19:00");
        dialog.book();
        browser.waitForText("Tick the box to book it all the same.");
        assertThat(startsOfSamAt(wednesday, "19:00")).isZero();
        dialog.outsideMyHoursAllTheSame().book();

        assertThat(calendar.entryClasses("Sam")).isNotEmpty();
        assertThat(startsOfSamAt(wednesday, "19:00")).isEqualTo(1);
    }

    private int startsOfSamAt(LocalDate day, String time) {
        return jdbc.queryForObject("select count(*) from booking b join account a on a.id = b.client_id where a.email = ? and b.starts_at = ?",
                Integer.class, Demo.SAM, day.atTime(LocalTime.parse(time)).atZone(BERLIN).toOffsetDateTime());
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }
}
