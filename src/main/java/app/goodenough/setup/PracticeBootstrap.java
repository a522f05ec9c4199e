package app.goodenough.setup;

import app.goodenough.identity.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Before the application takes its first request: creates the configured first accounts,
 * and on an empty database with {@code GOOD_ENOUGH_DEMO=true}, the demo practice.
 */
@Component
class PracticeBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PracticeBootstrap.class);

    private final FirstAccounts firstAccounts;
    private final DemoPractice demoPractice;
    private final SystemTask systemTask;
    private final boolean demo;

    PracticeBootstrap(FirstAccounts firstAccounts, DemoPractice demoPractice, SystemTask systemTask,
            @Value("${good-enough.demo}") boolean demo) {
        this.firstAccounts = firstAccounts;
        this.systemTask = systemTask;
        this.demoPractice = demoPractice;
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        systemTask.run("bootstrap", () -> {
            boolean empty = !firstAccounts.anyAccountExists();
            firstAccounts.createConfigured();
            if (demo && empty) {
                demoPractice.create();
                log.info("Created the demo practice: sign in as coach@example.com, admin@example.com, "
                        + "sam@example.com or alex@example.com with the password {}", DemoPractice.PASSWORD);
            } else if (empty && !firstAccounts.anyAccountExists()) {
                log.warn("There are no accounts yet. Set GOOD_ENOUGH_ADMIN_EMAIL and GOOD_ENOUGH_ADMIN_PASSWORD "
                        + "(and GOOD_ENOUGH_COACH_*) and restart to create the first ones.");
            }
        });
    }
}
