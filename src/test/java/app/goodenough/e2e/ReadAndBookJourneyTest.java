package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.shared.DateFormats;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.pages.BookingPage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys 1 and 2: a reader in New York reads the article and books a session with the coach in
 * Berlin; the confirmation tells the truth (start and end, place, price, where the email went) and
 * its "Move or cancel" link opens the session, as does the calendar file's.
 */
class ReadAndBookJourneyTest extends BrowserTest {

    static final ZoneId READER = ZoneId.of("America/New_York");

    @Autowired JdbcTemplate jdbc;

    @Override
    protected String browserTimeZone() {
        return READER.getId();
    }

    @Override
    protected Locale browserLanguage() {
        return Locale.US;
    }

    @Test
    void aReaderFollowsPrincipleThreeBooksTheFirstFreeTimeAndGetsACalendarFileAndTheLinkToMoveOrCancel() throws Exception {
        browser.visit("/");
        assertThat(browser.find("h1").getText()).isEqualTo("How to Break Free from the Perfectionism Trap");
        assertThat(browser.exists("vaadin-dev-tools")).as("the product, not Vaadin's development tools").isFalse();
        browser.find("#black-and-white-thinking .work-on-this a").click();
        browser.waitUntilIdle();
        assertThat(browser.currentPath()).isEqualTo("/book?focus=black-and-white-thinking");

        BookingPage booking = new BookingPage(browser).chooseSessionType(BookingPage.COACHING_SESSION).inZone(READER.getId());
        assertThat(booking.firstWeekday()).isEqualTo("Sun");
        String nextFree = booking.nextFreeText();
        String time = booking.chooseFirstFreeDay().chooseFirstTime();

        String email = "new-reader-" + UUID.randomUUID() + "@example.org";
        booking.book("Robin Reader", email);
        OffsetDateTime start = jdbc.queryForObject("""
                select b.starts_at from booking b join account a on a.id = b.client_id
                where a.email = ? and b.focus_principle = 'black-and-white-thinking'
                """, OffsetDateTime.class, email);
        DateFormats american = DateFormats.of(Locale.US);
        String readerTime = spaced(american.time(start.atZoneSameInstant(READER)));
        assertThat(spaced(time)).isEqualTo(readerTime).endsWith(" AM");
        assertThat(spaced(nextFree)).isEqualTo("Next free time: " + american.day(start.atZoneSameInstant(READER)) + ", " + readerTime);
        String readerEnd = spaced(american.time(start.plusMinutes(50).atZoneSameInstant(READER)));
        assertThat(spaced(browser.pageText())).contains(readerTime + "–" + readerEnd + " (America/New_York)", "Maren Albers",
                "Black-and-white thinking", "We emailed the confirmation to " + email, "Lindenstraße 12, 10969 Berlin",
                "90 €. By bank transfer within 14 days");
        assertThat(browser.exists("vaadin-dev-tools")).isFalse();
        assertThat(browser.pageText()).doesNotContain("development mode");
        browser.screenshot("confirmation");
        String manage = URI.create(browser.find("a.manage-link").getAttribute("href")).getPath();
        assertThat(manage).startsWith("/manage/");

        String href = booking.calendarFileAddress();
        HttpResponse<byte[]> download = browser.download(href);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(download.body()));
        calendar.validate();
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(start.atZoneSameInstant(ZoneId.of("UTC"))));
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Lindenstraße 12, 10969 Berlin (by video on request)");
        assertThat(URI.create(event.getProperty("URL").orElseThrow().getValue()).getPath()).isEqualTo(manage);

        browser.find("a.manage-link").click();
        browser.waitForText("Your Coaching session");
        assertThat(browser.pageText()).contains("Move to another time", "Cancel this session").doesNotContain("Yes, it is my session");

        assertThat(jdbc.queryForObject("select count(*) from booking b join account a on a.id = b.client_id where a.email = ?",
                Integer.class, email)).isOne();
    }

    /** American times have a narrow space before AM; the page's text shows every space as one. */
    private static String spaced(String text) {
        return text.replaceAll("(?U)\\s+", " ");
    }
}
