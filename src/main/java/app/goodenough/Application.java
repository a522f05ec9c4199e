package app.goodenough;

import app.goodenough.backup.RestoreCommand;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;
import java.net.URL;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Good Enough: sessions and notes for a perfectionism-recovery coach. Spring Boot's mail sender is
 * left out for {@link app.goodenough.mailserver.MailServer}, which decides at start-up.
 */
@SpringBootApplication(excludeName = {"org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
        "org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration",
        "org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration"})
@ConfigurationPropertiesScan
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/good-enough.css")
@Meta(name = "color-scheme", content = "light")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Good Enough");
        settings.addFavIcon("icon", "icons/good-enough.svg", "any");
    }

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** Starts the application; {@code restore <backup.zip>} restores a backup into a fresh data folder instead. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(RestoreCommand.NAME)) {
            String dataDir = System.getenv().getOrDefault("GOOD_ENOUGH_DATA_DIR", "./data");
            System.exit(new RestoreCommand(dataDir, System.out).run(List.of(args).subList(1, args.length)));
        }
        useProcessedConfigurationWhenPackaged();
        SpringApplication.run(Application.class, args);
    }

    /**
     * The packaged application starts from the configuration its build processed ahead of time
     * (Spring AOT): no scanning, no conditions, no reflection over configuration classes at each
     * start. {@code -Dspring.aot.enabled=false} starts it the classic way. Compiled classes
     * ({@code ./mvnw spring-boot:run}, tests) may be newer than the last processing, so they never use it.
     */
    private static void useProcessedConfigurationWhenPackaged() {
        URL self = Application.class.getResource("Application.class");
        if (System.getProperty(AotDetector.AOT_ENABLED) == null && self != null && "jar".equals(self.getProtocol())) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }
}
