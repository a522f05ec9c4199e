package app.goodenough.database;

import app.goodenough.shared.StartupProblem;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts, checks that a configured external database is a PostgreSQL
 * JDBC URL and answers, so that a wrong setting ends the start in one clear sentence.
 */
public class ExternalDatabaseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (DatabaseSettings.isExternalIn(environment)) {
            check(environment.getRequiredProperty(DatabaseSettings.URL), environment.getProperty(DatabaseSettings.USERNAME), environment.getProperty(DatabaseSettings.PASSWORD));
        }
    }

    static void check(String url, String username, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StartupProblem(
                    DatabaseSettings.URL_VARIABLE + " '" + url + "' is not a PostgreSQL JDBC URL.",
                    "Use the form jdbc:postgresql://host:5432/database, or unset it to run on the embedded PostgreSQL.");
        }
        Properties properties = new Properties();
        properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        properties.setProperty("connectTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            // it answers
        } catch (SQLException e) {
            throw new StartupProblem(
                    "Cannot reach the database at " + url + ": " + firstLine(e.getMessage()),
                    "Check that PostgreSQL is running there and that SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right.");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no answer" : message.lines().findFirst().orElse(message);
    }
}
