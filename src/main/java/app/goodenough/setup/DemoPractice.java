package app.goodenough.setup;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.account.NewAccount;
import app.goodenough.account.Role;
import app.goodenough.practice.PracticeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo practice: a coach in Berlin, an admin and two clients, all with one shared password. */
@Component
class DemoPractice {

    static final String PASSWORD = "good-enough-demo";
    static final String COACH_TIME_ZONE = "Europe/Berlin";

    private final AccountService accountService;
    private final PracticeService practiceService;

    DemoPractice(AccountService accountService, PracticeService practiceService) {
        this.accountService = accountService;
        this.practiceService = practiceService;
    }

    @Transactional
    void create() {
        Account coach = practiceService.openPractice(
                new NewAccount("coach@example.com", "Maren Albers", Role.COACH, PASSWORD), COACH_TIME_ZONE);
        accountService.createAccount(new NewAccount("admin@example.com", "Practice Admin", Role.ADMIN, PASSWORD));
        for (NewAccount client : new NewAccount[] {
            new NewAccount("sam@example.com", "Sam Rivera", Role.CLIENT, PASSWORD),
            new NewAccount("alex@example.com", "Alex Chen", Role.CLIENT, PASSWORD)
        }) {
            practiceService.addClient(coach.id(), accountService.createAccount(client).id());
        }
    }
}
