package app.goodenough.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.shared.StartupProblem;
import org.junit.jupiter.api.Test;

/** The sender address is checked when the application starts; a bad one stops it with a sentence (see StartupProblem). */
class MailAddressesTest {

    @Test
    void aNamedOrPlainAddressIsAccepted() {
        assertThat(MailAddresses.parse("Good Enough <sessions@example.com>").getAddress()).isEqualTo("sessions@example.com");
        assertThat(MailAddresses.parse("sessions@example.com").getPersonal()).isNull();
    }

    @Test
    void aMalformedAddressNamesTheSettingAndHowToWriteIt() {
        assertThatThrownBy(() -> MailAddresses.parse("not an address <@>"))
                .isInstanceOfSatisfying(StartupProblem.class, problem -> {
                    assertThat(problem.getMessage()).isEqualTo("GOOD_ENOUGH_MAIL_FROM 'not an address <@>' is not a mail address.");
                    assertThat(problem.action()).contains("sessions@example.com");
                });
    }
}
