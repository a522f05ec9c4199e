package app.goodenough.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.password.PasswordLinks;
import app.goodenough.support.Demo;
import app.goodenough.support.Screen;
import app.goodenough.support.ViewTest;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys in messages (a password link, a session's manage link) reach nobody but their
 * recipients: with a reset asked for the coach's address and a new reader's booking in the
 * outbox, every page of every role shows none of them, in its text or in any attribute, and
 * nothing written to the log while they were made and the pages opened quotes one.
 */
class SecretsStayWithTheirOwnersTest extends ViewTest {

    private static final Pattern KEY = Pattern.compile("/(?:manage|password/set)/([A-Za-z0-9_-]{20,})");

    @Autowired PasswordLinks passwordLinks;
    @Autowired JdbcTemplate jdbc;
    ListAppender<ILoggingEvent> log = new ListAppender<>();

    @AfterEach
    void stopListening() {
        root().detachAppender(log);
    }

    @Test
    void noPageOfAnyRoleShowsAnotherPersonsKey() {
        log.start();
        root().addAppender(log);
        passwordLinks.requestReset(Demo.COACH);
        String reader = "keyholder-" + UUID.randomUUID() + "@example.org";
        testPractice.bookFirstFreeTime(testPractice.open("Europe/Berlin"), 3, reader);
        Set<String> keys = keysSentTo(Demo.COACH, reader);
        assertThat(keys).hasSizeGreaterThanOrEqualTo(3);

        List<String> shown = new ArrayList<>();
        for (String who : new String[] {null, Demo.SAM, Demo.ADMIN}) {
            if (who == null) {
                signIn.out();
            } else {
                signIn.as(who);
            }
            for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
                open(route.getTemplate().replace(":___url_parameter", "00000000-0000-0000-0000-000000000000"));
                keys.stream().filter(onScreen()::contains).forEach(key -> shown.add(who + " on " + route.getTemplate()));
            }
        }

        assertThat(shown).as("pages that showed a key to someone else").isEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> keys.stream().anyMatch(line::contains));
    }

    private Set<String> keysSentTo(String... recipients) {
        Set<String> keys = new TreeSet<>();
        for (String recipient : recipients) {
            jdbc.queryForList("select text_body from outbox_message where lower(recipient_email) = lower(?)", String.class, recipient)
                    .forEach(text -> {
                        Matcher key = KEY.matcher(text);
                        while (key.find()) {
                            keys.add(key.group(1));
                        }
                    });
        }
        return keys;
    }

    /** Every text and attribute on the screen, the page's own HTML included. */
    private static String onScreen() {
        StringBuilder all = new StringBuilder();
        for (Element element : Screen.allElements()) {
            all.append(element.getText()).append(' ');
            element.getAttributeNames().forEach(name -> all.append(element.getAttribute(name)).append(' '));
            element.getPropertyNames().forEach(name -> all.append(element.getProperty(name, "")).append(' '));
        }
        return all.toString();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
