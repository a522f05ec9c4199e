package app.goodenough.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Names of the database settings, as properties and as the environment variables that set them. */
final class DatabaseSettings {

    static final String URL = "spring.datasource.url";
    static final String USERNAME = "spring.datasource.username";
    static final String PASSWORD = "spring.datasource.password";
    static final String URL_VARIABLE = "SPRING_DATASOURCE_URL";

    private DatabaseSettings() {
    }

    /** Whether {@code spring.datasource.url} names an external database. */
    static boolean isExternalIn(Environment environment) {
        return StringUtils.hasText(environment.getProperty(URL));
    }
}
