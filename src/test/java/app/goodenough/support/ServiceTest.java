package app.goodenough.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A test of services and data on real PostgreSQL, signed in as whoever the test says. */
@IntegrationTest
public abstract class ServiceTest {

    @Autowired protected SignIn signIn;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected TestPractice testPractice;

    @AfterEach
    void signOutAndClosePractices() {
        signIn.out();
        testPractice.closeAll();
    }
}
