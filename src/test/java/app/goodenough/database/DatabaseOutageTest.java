package app.goodenough.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void aPoolThatCannotConnectIsAnOutageHoweverDeeplyWrapped() {
        var noConnection = new SQLTransientConnectionException("embedded-postgres - Connection is not available");
        assertThat(DatabaseOutage.isCauseOf(new CannotCreateTransactionException("no transaction", noConnection))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new BeanCreationException("bookView", new CannotGetJdbcConnectionException("x")))).isTrue();
    }

    @Test
    void aServerShuttingDownOrRefusingConnectionsIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("Connection refused", "08001"))).isTrue();
    }

    @Test
    void refusedDataAndProgrammingErrorsAreNot() {
        assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException("overlap", new SQLException("x", "23P01")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("bug"))).isFalse();
    }
}
