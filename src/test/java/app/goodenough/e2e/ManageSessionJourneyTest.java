package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.TestMail;
import app.goodenough.support.pages.BookingPage;
import app.goodenough.support.pages.CalendarPage;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys 2, 3 and 8: a reader books, follows the manage link from the confirmation message
 * (as received by the SMTP server), moves the session, then cancels it; the coach's calendar
 * shows the cancellation, and each notice reached the client and the coach exactly once.
 */
class ManageSessionJourneyTest extends BrowserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Pattern MANAGE_LINK = Pattern.compile("/manage/[A-Za-z0-9_-]+");

    @Autowired JdbcTemplate jdbc;

    @Test
    void aReaderBooksMovesAndCancelsByTheLinkAndEveryoneIsToldOnce() throws Exception {
        String name = "Quinn " + lettersOf(UUID.randomUUID());
        String email = "manage-" + UUID.randomUUID() + "@example.org";
        BookingPage booking = new BookingPage(browser).open().chooseSessionType(BookingPage.COACHING_SESSION).nextMonth()
                .chooseLastFreeDay();
        booking.chooseFirstTime();
        booking.book(name, email);
        OffsetDateTime booked = startOf(email);

        MimeMessage confirmation = await().atMost(Duration.ofSeconds(15)).until(() -> TestMail.receivedBy(email), m -> m.size() == 1)
                .getFirst();
        Matcher link = MANAGE_LINK.matcher(String.valueOf(confirmation.getContent() instanceof jakarta.mail.Multipart multipart
                ? textOf(multipart) : confirmation.getContent()));
        assertThat(link.find()).isTrue();
        browser.open(link.group());
        browser.waitForText("Your Coaching session");
        browser.clickText("vaadin-button", "Move to another time");
        booking.chooseFirstFreeDay().chooseLastFreeDay();
        assertThat(browser.driver().findElements(By.cssSelector(".time-picker"))).as("the second day's times replace the first's").hasSize(1);
        booking.chooseLastTime();
        assertThat(browser.find(".move-question").getText()).startsWith("Move to ").endsWith("?");
        browser.assertAccessible("the question before moving");
        assertThat(startOf(email)).as("nothing moves before it is confirmed").isEqualTo(booked);
        browser.clickText("vaadin-button", "Back");
        booking.chooseLastTime();
        browser.clickText("vaadin-button", "Confirm");
        browser.waitForText("Moved.");
        OffsetDateTime moved = startOf(email);
        assertThat(moved).isNotEqualTo(booked);

        browser.clickText("vaadin-button", "Cancel this session");
        browser.find("vaadin-text-area textarea").sendKeys("Something came up at work.");
        browser.clickText("vaadin-button", "Cancel the session");
        browser.waitForText("Cancelled.");
        browser.waitForText("This session is cancelled.");

        signIn(Demo.COACH, Demo.PASSWORD);
        assertThat(new CalendarPage(browser).open("day", moved.atZoneSameInstant(BERLIN).toLocalDate()).entryClasses(name))
                .contains("status-cancelled");

        await().atMost(Duration.ofSeconds(15)).until(() -> subjects(email).size() == 3 && subjectsAbout(name).size() == 3);
        assertThat(subjects(email)).satisfiesExactlyInAnyOrder(
                subject -> assertThat(subject).endsWith(" is booked"),
                subject -> assertThat(subject).startsWith("Your session has moved to "),
                subject -> assertThat(subject).startsWith("Cancelled: your session on "));
        assertThat(subjectsAbout(name)).satisfiesExactlyInAnyOrder(
                subject -> assertThat(subject).startsWith("New booking: " + name),
                subject -> assertThat(subject).startsWith("Moved: " + name),
                subject -> assertThat(subject).startsWith("Cancelled: " + name));
    }

    private OffsetDateTime startOf(String email) {
        return jdbc.queryForObject("select b.starts_at from booking b join account a on a.id = b.client_id where a.email = ?",
                OffsetDateTime.class, email);
    }

    private static List<String> subjects(String email) {
        return TestMail.receivedBy(email).stream().map(ManageSessionJourneyTest::subject).toList();
    }

    private static List<String> subjectsAbout(String name) {
        return TestMail.receivedBy(Demo.COACH).stream().map(ManageSessionJourneyTest::subject)
                .filter(subject -> subject.contains(name)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String textOf(jakarta.mail.Multipart multipart) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            Object content = multipart.getBodyPart(i).getContent();
            text.append(content instanceof jakarta.mail.Multipart inner ? textOf(inner) : String.valueOf(content));
        }
        return text.toString();
    }

    private static String lettersOf(UUID id) {
        StringBuilder letters = new StringBuilder();
        id.toString().replace("-", "").chars().limit(6).forEach(hex -> letters.append((char) ('a' + Character.digit(hex, 16))));
        return letters.toString();
    }
}
