package app.goodenough.mailserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

class MailServerTest {

    @Test
    void withoutAHostNothingIsSentAndHealthSaysMessagesWait() {
        MailServer server = new MailServer(new MockEnvironment());

        assertThat(server.sender()).isEmpty();
        assertThat(new MailHealthIndicator(server).health().getStatus()).isEqualTo(Status.UP);
        assertThat(new MailHealthIndicator(server).health().getDetails()).containsEntry("server", "none configured: messages wait in the outbox");
    }

    @Test
    void theHostAndItsSettingsAreReadWhenTheApplicationStarts() {
        MailServer server = new MailServer(new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("spring.mail.port", "587")
                .withProperty("spring.mail.username", "practice")
                .withProperty("spring.mail.password", "secret")
                .withProperty("spring.mail.properties.mail.smtp.starttls.enable", "true")
                .withProperty("spring.mail.ssl.enabled", "true"));

        JavaMailSenderImpl sender = server.sender().orElseThrow();
        assertThat(sender.getHost()).isEqualTo("smtp.example.org");
        assertThat(sender.getPort()).isEqualTo(587);
        assertThat(sender.getUsername()).isEqualTo("practice");
        assertThat(sender.getPassword()).isEqualTo("secret");
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.ssl.enable", "true");
    }

    @Test
    void aServerThatDoesNotAnswerIsDownInHealth() {
        MailServer server = new MailServer(new MockEnvironment().withProperty("spring.mail.host", "127.0.0.1")
                .withProperty("spring.mail.port", "1"));

        assertThat(new MailHealthIndicator(server).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
