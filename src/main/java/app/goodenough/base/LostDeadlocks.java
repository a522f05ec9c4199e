package app.goodenough.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Transactions that claim time can lose a deadlock: two readers inserting the same time both
 * wait, in PostgreSQL's exclusion check, for the other to finish, and PostgreSQL ends one of
 * them. The loser lost nothing but a turn, so its whole transaction runs again (Spring's
 * {@code @Retryable}, outside the transaction and the access check), and then it finds the time
 * taken, or free. Methods that write a time claim carry
 * {@code @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
 * delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
public class LostDeadlocks {

    public static final long RETRIES = 3;
    public static final long DELAY_MILLIS = 20;
    public static final long JITTER_MILLIS = 10;
}
