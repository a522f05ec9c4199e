package app.goodenough.setup;

import app.goodenough.account.AccountService;
import app.goodenough.account.NewAccount;
import app.goodenough.identity.Role;
import app.goodenough.practice.PracticeService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.StartupProblem;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates the admin and coach named in the configuration, once. */
@Component
class FirstAccounts {

    private static final Logger log = LoggerFactory.getLogger(FirstAccounts.class);

    private final FirstAccountSettings settings;
    private final AccountService accountService;
    private final PracticeService practiceService;

    FirstAccounts(FirstAccountSettings settings, AccountService accountService, PracticeService practiceService) {
        this.settings = settings;
        this.accountService = accountService;
        this.practiceService = practiceService;
    }

    boolean anyAccountExists() {
        return accountService.anyAccountExists();
    }

    void createConfigured() {
        if (settings.admin() != null && settings.admin().isSet()) {
            create("GOOD_ENOUGH_ADMIN", settings.admin(), Role.ADMIN);
        }
        if (settings.coach() != null && settings.coach().isSet()) {
            create("GOOD_ENOUGH_COACH", settings.coach(), Role.COACH);
        }
    }

    private void create(String variablePrefix, FirstAccountSettings.Person person, Role role) {
        if (accountService.emailRegistered(person.email())) {
            return;
        }
        NewAccount account = new NewAccount(person.email(), person.name(), role, person.password());
        try {
            practiceService.openAccount(account, person.timeZone());
            log.info("Created the first {} account for {}", role.label().toLowerCase(Locale.ROOT), person.email());
        } catch (InvalidInputException refusal) {
            throw new StartupProblem(
                    "The first " + role.label().toLowerCase(Locale.ROOT) + " account cannot be created: " + describe(variablePrefix, refusal),
                    "Correct the " + variablePrefix + "_* settings and start again.");
        }
    }

    private static String describe(String variablePrefix, InvalidInputException refusal) {
        return refusal.problems().stream()
                .map(problem -> variablePrefix + "_" + variableSuffix(problem.field()) + ": " + problem.message())
                .collect(Collectors.joining(" "));
    }

    private static String variableSuffix(String field) {
        return switch (field) {
            case "displayName" -> "NAME";
            case "timeZone" -> "TIME_ZONE";
            default -> field.toUpperCase(Locale.ROOT);
        };
    }
}
