package app.goodenough;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A production start on an empty external database: migrations, the configured first admin, no demo practice. */
class ProductionStartTest {

    @Test
    void anEmptyDatabaseGetsTheSchemaAndTheConfiguredAdminButNoDemoAccounts() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshDatabase("production_start");
        // a second application in this JVM installs its own security context strategy; the shared test context needs its own back
        SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class, database.asArguments(
                "--server.port=0", "--management.server.port=0",
                "--good-enough.first.admin.email=ops@example.org",
                "--good-enough.first.admin.password=a long walk home"))) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));

            List<String> accounts = jdbc.queryForList("select email || ' ' || role from account", String.class);
            assertThat(accounts).containsExactly("ops@example.org ADMIN");
            assertThat(jdbc.queryForObject("select count(*) from principle", Integer.class)).isEqualTo(7);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }
}
