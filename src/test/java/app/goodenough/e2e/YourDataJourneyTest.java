package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.privacy.Zips;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestPractice;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey: a client downloads everything the practice holds about them and asks to be forgotten;
 * their coach downloads the client's record, then erases the client, keeping the notes; the
 * client can no longer sign in.
 */
class YourDataJourneyTest extends BrowserTest {

    private static final String PASSWORD = "a quiet morning walk";

    @Autowired TestPractice testPractice;
    @Autowired TestClients testClients;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void closePractice() {
        testPractice.closeAll();
    }

    @Test
    void aClientTakesTheirDataAndIsForgotten() throws Exception {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        String client = testClients.withPassword("Ada Quill", PASSWORD);
        Confirmation session = testPractice.bookFirstFreeTimeAs(practice, 3, client);

        signIn(client, PASSWORD);
        browser.open("/my/account");
        browser.clickText("a", "your data");
        browser.waitForText("Being forgotten");
        HttpResponse<byte[]> download = browser.download(browser.find("a.download-my-data").getAttribute("href"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("my-data-"));
        Map<String, String> mine = Zips.entries(download.body());
        assertThat(mine.get("my-data.json")).contains(client, session.booking().start().toString());
        assertThat(mine.get("my-data.html")).contains("Ada Quill");
        browser.find("vaadin-text-area textarea").sendKeys("Thank you for everything.");
        browser.clickText("vaadin-button", "Ask to be forgotten");
        browser.waitForText("You asked to be forgotten on");
        browser.screenshot("your-data-client");

        browser.driver().manage().deleteAllCookies();
        signIn(practice.coach().email(), TestPractice.PASSWORD);
        browser.open("/coach/data?client=" + session.booking().clientId().value());
        browser.waitForText("Thank you for everything.");
        Map<String, String> record = Zips.entries(browser.download(browser.find("a.download-client-record").getAttribute("href")).body());
        assertThat(record.get("client-record.json")).contains("Ada Quill");
        browser.clickText("vaadin-button", "Erase, keep the notes 10 years");
        browser.clickText("vaadin-button", "Erase");
        browser.waitForText("No client has asked to be forgotten.");
        browser.screenshot("your-data-coach");

        browser.driver().manage().deleteAllCookies();
        signIn(client, PASSWORD);
        assertThat(browser.currentPath()).startsWith("/login");
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, session.booking().clientId().value()))
                .isEqualTo("Erased client");
    }
}
