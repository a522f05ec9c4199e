package app.goodenough.mailserver;

import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server named by {@code spring.mail.host} (with {@code spring.mail.port}, {@code username},
 * {@code password}, {@code protocol}, {@code properties.*} and {@code ssl.enabled}), or none. Spring
 * Boot's own mail sender exists only when the host is set while the configuration is read, which the
 * build's ahead-of-time processing would fix once for every start; this one always exists and reads
 * the setting when the application starts.
 */
@Component
public class MailServer {

    private final @Nullable JavaMailSenderImpl sender;

    MailServer(Environment environment) {
        MailProperties settings = Binder.get(environment).bindOrCreate("spring.mail", MailProperties.class);
        this.sender = StringUtils.hasText(settings.getHost()) ? senderFor(settings) : null;
    }

    /** Where to send messages; empty when none is configured, and then they wait in the outbox. */
    public Optional<JavaMailSenderImpl> sender() {
        return Optional.ofNullable(sender);
    }

    private static JavaMailSenderImpl senderFor(MailProperties settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.getHost());
        if (settings.getPort() != null) {
            sender.setPort(settings.getPort());
        }
        sender.setUsername(settings.getUsername());
        sender.setPassword(settings.getPassword());
        sender.setProtocol(settings.getProtocol());
        if (settings.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(settings.getDefaultEncoding().name());
        }
        Properties properties = new Properties();
        properties.putAll(settings.getProperties());
        if (settings.getSsl().isEnabled()) {
            properties.setProperty("mail." + settings.getProtocol() + ".ssl.enable", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
