package app.goodenough.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on real PostgreSQL with the real migrations and
 * the demo practice, its time read from the {@link TestClock}. Every test class with this
 * annotation shares one Spring context. Calendars on this machine may be read: the tests serve them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"good-enough.demo=true", "good-enough.calendars.allow-private-addresses=true"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClockConfiguration.class)
@ExtendWith(TestClockReset.class)
public @interface IntegrationTest {
}
