package app.goodenough.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/** A secret key of a new database, whose first reader may be a read-only page. */
class SecretKeysTest {

    @Test
    void theVeryFirstKeyIsMadeEvenWhenItsFirstReaderIsReadOnlyAndThenStaysTheSame() {
        TestDatabase.Connection fresh = TestDatabase.freshDatabase("link_secret");
        DriverManagerDataSource database = new DriverManagerDataSource(fresh.url(), fresh.username(), fresh.password());
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        SecretKeys secret = new SecretKeys(DSL.using(new TransactionAwareDataSourceProxy(database), SQLDialect.POSTGRES), transactions);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        byte[] first = readOnly.execute(status -> secret.key("manage-link"));

        assertThat(first).hasSize(32);
        byte[] again = readOnly.execute(status -> secret.key("manage-link"));
        byte[] writing = new TransactionTemplate(transactions).execute(status -> secret.key("manage-link"));
        assertThat(again).isEqualTo(first);
        assertThat(writing).isEqualTo(first);
    }
}
