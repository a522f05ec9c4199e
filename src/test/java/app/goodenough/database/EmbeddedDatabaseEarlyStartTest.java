package app.goodenough.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseEarlyStartTest {

    @TempDir Path dataDir;

    @Test
    void withoutAnExternalDatabaseTheServerStartedAtTheBeginningIsTheOneTheApplicationUses() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            TestPropertyValues.of("good-enough.data-dir=" + dataDir, "good-enough.database-port=0").applyTo(context);
            new EmbeddedDatabaseEarlyStart().initialize(context);
            context.register(DatabaseConfiguration.class);
            context.refresh();

            EmbeddedDatabaseEarlyStart.Starting starting = context.getBean(EmbeddedDatabaseEarlyStart.Starting.class);
            assertThat(context.getBean(EmbeddedDatabase.class).server()).containsSame(starting.postgres().join());
            assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select 1", Integer.class)).isOne();
            assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        }
    }

    @Test
    void aStartThatFailsBeforeTheDatabaseIsUsedStopsTheServerItBegan() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        TestPropertyValues.of("good-enough.data-dir=" + dataDir, "good-enough.database-port=0").applyTo(context);
        new EmbeddedDatabaseEarlyStart().initialize(context);
        context.registerBean("brokenSetting", String.class, () -> {
            throw new IllegalStateException("a setting that cannot work");
        });

        assertThatThrownBy(context::refresh).hasRootCauseMessage("a setting that cannot work");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).as("it had started").exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("and was stopped").doesNotExist();
    }

    @Test
    void withAnExternalDatabaseNothingIsStartedAndThePoolPointsThere() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            TestPropertyValues.of("spring.datasource.url=jdbc:postgresql://db.example.org/good_enough",
                    "good-enough.data-dir=" + dataDir, "good-enough.database-port=0").applyTo(context);
            new EmbeddedDatabaseEarlyStart().initialize(context);
            context.register(DatabaseConfiguration.class);
            context.refresh();

            assertThat(context.containsBean(EmbeddedDatabaseEarlyStart.BEAN)).isFalse();
            assertThat(context.getBean(EmbeddedDatabase.class).isRunning()).isFalse();
            assertThat(context.getBean(HikariDataSource.class).getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org/good_enough");
            assertThat(dataDir.resolve("postgres")).doesNotExist();
        }
    }
}
