package app.goodenough.support;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.stereotype.Component;

/** Counts the SQL statements jOOQ sends on the current thread, so a test can compare the work two calls do. */
@Component
public class StatementCounter implements ExecuteListenerProvider {

    private static final ThreadLocal<int[]> SENT = ThreadLocal.withInitial(() -> new int[1]);

    private final ExecuteListener listener = new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext context) {
            SENT.get()[0]++;
        }
    };

    @Override
    public ExecuteListener provide() {
        return listener;
    }

    /** How many statements {@code work} sent, whether it returned or threw. */
    public int statementsOf(Runnable work) {
        int before = SENT.get()[0];
        try {
            work.run();
        } catch (RuntimeException expected) {
            // the caller looks at the outcome separately; here only the work done counts
        }
        return SENT.get()[0] - before;
    }
}
