package app.goodenough.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.shared.StartupProblem;
import app.goodenough.support.TestDatabase;
import org.junit.jupiter.api.Test;

class ExternalDatabaseCheckTest {

    @Test
    void aUrlThatIsNotForPostgresqlIsRefusedWithTheFormToUse() {
        assertThatThrownBy(() -> ExternalDatabaseCheck.check("mysql://localhost/db", null, null))
                .isInstanceOfSatisfying(StartupProblem.class, problem -> {
                    org.assertj.core.api.Assertions.assertThat(problem.getMessage())
                            .isEqualTo("SPRING_DATASOURCE_URL 'mysql://localhost/db' is not a PostgreSQL JDBC URL.");
                    org.assertj.core.api.Assertions.assertThat(problem.action()).contains("jdbc:postgresql://host:5432/database");
                });
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNamedInOneSentence() {
        assertThatThrownBy(() -> ExternalDatabaseCheck.check("jdbc:postgresql://127.0.0.1:1/good_enough", "x", "y"))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("Cannot reach the database at jdbc:postgresql://127.0.0.1:1/good_enough: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDatabaseThatAnswersPasses() {
        TestDatabase.Connection db = TestDatabase.connection();
        assertThatCode(() -> ExternalDatabaseCheck.check(db.url(), db.username(), db.password())).doesNotThrowAnyException();
    }
}
