package app.goodenough.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Transactions that claim time can lose a deadlock: two readers inserting the same time both
 * wait, in PostgreSQL's exclusion check, for the other to finish, and PostgreSQL ends one of
 * them. The loser lost nothing but a turn, so its whole transaction runs again (Spring's
 * {@code @Retryable}, outside the transaction and the access check), and then it finds the time
 * taken, or free. When many readers rush the same few times, a loser can meet a fresh rival
 * on each turn, so the pauses between turns grow and are jittered, which spreads the rivals
 * apart. Methods that write a time claim carry
 * {@code @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = LostDeadlocks.RETRIES,
 * delay = LostDeadlocks.DELAY_MILLIS, jitter = LostDeadlocks.JITTER_MILLIS,
 * multiplier = LostDeadlocks.MULTIPLIER, maxDelay = LostDeadlocks.MAX_DELAY_MILLIS)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
public class LostDeadlocks {

    public static final long RETRIES = 8;
    public static final long DELAY_MILLIS = 20;
    public static final long JITTER_MILLIS = 15;
    public static final double MULTIPLIER = 2;
    public static final long MAX_DELAY_MILLIS = 640;
}
