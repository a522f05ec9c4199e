package app.goodenough.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.booking.BookingService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordLinksTest extends ServiceTest {

    static final Pattern LINK = Pattern.compile("/password/set/([A-Za-z0-9_-]+)");
    static final String NEW_PASSWORD = "a long walk by the quiet river";

    @Autowired PasswordLinks passwordLinks;
    @Autowired BookingService bookingService;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void aFirstTimeReadersConfirmationCarriesALinkThatSetsThePasswordOnce() {
        TestPractice.Practice practice = testPractice.open("Europe/Berlin");
        Instant start = testPractice.freeTimes(practice, 3).getFirst();
        String email = "first-" + UUID.randomUUID() + "@example.org";
        bookingService.book(new BookingRequest(practice.session().id(), start, "First Reader", email, "", "", "", "Europe/Berlin",
                UUID.randomUUID()));
        String token = tokenIn("CONFIRMATION", email);

        assertThat(passwordLinks.usable(token)).isTrue();
        passwordLinks.setPassword(token, NEW_PASSWORD);

        assertThat(passwordEncoder.matches(NEW_PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(passwordLinks.usable(token)).isFalse();
        assertThatThrownBy(() -> passwordLinks.setPassword(token, "another long password here"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("it was used already, has expired");
    }

    @Test
    void aResetSaysNothingAboutUnknownAddressesAndAWeakPasswordKeepsTheLink() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        passwordLinks.requestReset(nobody);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient_email = ?", Integer.class, nobody)).isZero();

        passwordLinks.requestReset(" " + Demo.ALEX.toUpperCase(Locale.ROOT) + " ");
        String token = tokenIn("PASSWORD_LINK", Demo.ALEX);

        assertThatThrownBy(() -> passwordLinks.setPassword(token, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("password"));
        assertThat(passwordLinks.usable(token)).isTrue();
        TestClock.get().advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(passwordLinks.usable(token)).isFalse();
        assertThatThrownBy(() -> passwordLinks.setPassword(token, NEW_PASSWORD)).isInstanceOf(InvalidInputException.class);
        assertThat(passwordEncoder.matches(Demo.PASSWORD, users.loadUserByUsername(Demo.ALEX).getPassword())).isTrue();
        for (String tampered : new String[] {token.substring(1), "", null, token + "A"}) {
            assertThat(passwordLinks.usable(tampered)).isFalse();
        }
        assertThatThrownBy(() -> passwordLinks.requestReset("")).isInstanceOf(InvalidInputException.class);
    }

    private String tokenIn(String kind, String email) {
        String text = jdbc.queryForObject("select text_body from outbox_message where kind = ? and lower(recipient_email) = lower(?) "
                + "order by created_at desc limit 1", String.class, kind, email);
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
