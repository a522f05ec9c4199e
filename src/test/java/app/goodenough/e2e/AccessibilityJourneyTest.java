package app.goodenough.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.Accessibility;
import app.goodenough.support.BrowserTest;
import app.goodenough.support.Demo;
import app.goodenough.support.pages.BookingPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page in the states people reach it, as a reader, the coach, a client and the admin, read
 * by axe-core in Chromium: no violation of impact serious or critical anywhere. The other
 * journeys ask axe too in the states they reach.
 */
class AccessibilityJourneyTest extends BrowserTest {

    final List<String> violations = new ArrayList<>();

    @Test
    void everyPageOfEveryRoleHasNoSeriousOrCriticalViolation() {
        browser.visit("/");
        read("the article");
        BookingPage booking = new BookingPage(browser).open();
        read("the booking page's session types");
        booking.chooseSessionType(BookingPage.COACHING_SESSION);
        read("its days");
        booking.chooseFirstFreeDay();
        read("a day's times");
        booking.chooseFirstTime();
        read("the details form");
        booking.book("Axe Reader", "axe-" + System.nanoTime() + "@example.org");
        read("the confirmation");
        browser.find("a.manage-link").click();
        browser.waitForText("Your Coaching session");
        read("the session's manage page");
        browser.open("/login");
        read("signing in");
        browser.open("/password/forgot");
        read("a forgotten password");

        signIn(Demo.COACH, Demo.PASSWORD);
        browser.open("/coach");
        browser.screenshot("coach-home");
        readEach("/coach", "/coach/calendar", "/coach/calendar?view=day", "/coach/calendar?view=month", "/coach/calendar?view=agenda",
                "/coach/availability", "/coach/session-types", "/coach/clients", "/coach/notes", "/coach/data");
        browser.open("/coach/clients");
        browser.click("vaadin-grid a");
        read("a client's story");
        browser.click(".client-notes a");
        read("a note");
        browser.open("/coach/calendar?view=agenda");
        browser.click(".entry");
        read("a booking's panel");
        browser.open("/coach/calendar-sync");
        browser.script("[...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Make my calendar address')?.click()");
        browser.waitForText("Your private calendar address");
        read("the coach's calendar address");

        browser.driver().manage().deleteAllCookies();
        signIn(Demo.SAM, Demo.PASSWORD);
        readEach("/my/sessions", "/my/account", "/my/data");

        browser.driver().manage().deleteAllCookies();
        signIn(Demo.ADMIN, Demo.PASSWORD);
        readEach("/admin/accounts", "/admin/outbox", "/admin/security", "/admin/backups");

        assertThat(violations).isEmpty();
    }

    private void readEach(String... pages) {
        for (String page : pages) {
            browser.open(page);
            read(page);
        }
    }

    private void read(String state) {
        Accessibility.seriousViolations(browser.driver()).forEach(found -> violations.add(state + " (" + browser.currentPath() + "): " + found));
    }
}
